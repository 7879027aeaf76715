package dev.platter.stripesandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Stripe's request encoding: {@code application/x-www-form-urlencoded} with nested keys, e.g.
 * {@code metadata[order_id]=...}, {@code expand[0]=latest_charge}, {@code enabled_events[]=*}. Parsed into maps
 * (for named keys) and lists (for indexed keys).
 */
final class Form {

    private final Map<String, Object> values;

    private Form(Map<String, Object> values) {
        this.values = values;
    }

    static Form parse(@Nullable String encoded) {
        var root = new LinkedHashMap<String, Object>();
        if (encoded == null || encoded.isBlank()) {
            return new Form(root);
        }
        for (var pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            var key = decode(eq < 0 ? pair : pair.substring(0, eq));
            var value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            put(root, path(key), value);
        }
        return new Form(normalize(root));
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }

    /** {@code a[b][0]} → [a, b, 0]; {@code a[]} → [a, ""] */
    static List<String> path(String key) {
        var parts = new ArrayList<String>();
        int bracket = key.indexOf('[');
        if (bracket < 0) {
            parts.add(key);
            return parts;
        }
        parts.add(key.substring(0, bracket));
        var rest = key.substring(bracket);
        while (rest.startsWith("[")) {
            int close = rest.indexOf(']');
            if (close < 0) {
                break;
            }
            parts.add(rest.substring(1, close));
            rest = rest.substring(close + 1);
        }
        return parts;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> root, List<String> path, String value) {
        Map<String, Object> node = root;
        for (int i = 0; i < path.size() - 1; i++) {
            var next = node.get(path.get(i));
            if (!(next instanceof Map)) {
                next = new LinkedHashMap<String, Object>();
                node.put(path.get(i), next);
            }
            node = (Map<String, Object>) next;
        }
        var last = path.get(path.size() - 1);
        if (last.isEmpty()) {
            last = Integer.toString(node.size());
        }
        node.put(last, value);
    }

    /** Maps whose keys are all indexes become lists, in index order. */
    @SuppressWarnings("unchecked")
    private static <T> T normalize(Object node) {
        if (!(node instanceof Map<?, ?> map)) {
            return (T) node;
        }
        var normalized = new LinkedHashMap<String, Object>();
        map.forEach((key, value) -> normalized.put((String) key, normalize(value)));
        if (!normalized.isEmpty() && normalized.keySet().stream().allMatch(key -> key.matches("\\d+"))) {
            var ordered = new TreeMap<Integer, Object>();
            normalized.forEach((key, value) -> ordered.put(Integer.parseInt(key), value));
            return (T) new ArrayList<>(ordered.values());
        }
        return (T) normalized;
    }

    Map<String, Object> values() {
        return values;
    }

    @Nullable
    String string(String name) {
        var value = values.get(name);
        return value instanceof String text ? text : null;
    }

    String required(String name) {
        var value = string(name);
        if (value == null || value.isBlank()) {
            throw StripeError.missingParam(name);
        }
        return value;
    }

    @Nullable
    Long positiveLong(String name) {
        var value = string(name);
        if (value == null) {
            return null;
        }
        try {
            long parsed = Long.parseLong(value);
            if (parsed <= 0) {
                throw StripeError.invalidParam(name, "This value must be greater than or equal to 1.");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw StripeError.invalidParam(name, "Invalid integer: " + value);
        }
    }

    boolean bool(String name) {
        return "true".equals(string(name));
    }

    /** A nested map of strings, e.g. {@code metadata}. */
    Map<String, String> map(String name) {
        var value = values.get(name);
        var result = new LinkedHashMap<String, String>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, entry) -> result.put(key.toString(), entry.toString()));
        } else if (value != null && !"".equals(value)) {
            throw StripeError.invalidParam(name, "Invalid hash");
        }
        return result;
    }

    List<String> list(String name) {
        var value = values.get(name);
        if (value instanceof List<?> list) {
            return list.stream().map(Object::toString).toList();
        }
        return value instanceof String text && !text.isEmpty() ? List.of(text) : List.of();
    }
}
