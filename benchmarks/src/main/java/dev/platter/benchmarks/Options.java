package dev.platter.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A command's options: {@code --name=value} (or {@code --name value}, or {@code --flag}) arguments, then the system
 * property {@code bench.<name>}, then the default. Durations read {@code 500ms}, {@code 20s}, {@code 10m}, {@code 1h}
 * or ISO-8601 ({@code PT20S}).
 */
public final class Options {

    private final Map<String, String> given = new LinkedHashMap<>();
    private final List<String> words = new ArrayList<>();
    private final java.util.Set<String> read = new TreeSet<>();

    public static Options parse(String... args) {
        var options = new Options();
        for (int i = 0; i < args.length; i++) {
            var arg = args[i];
            if (arg.startsWith("--")) {
                var body = arg.substring(2);
                int eq = body.indexOf('=');
                if (eq >= 0) {
                    options.given.put(body.substring(0, eq), body.substring(eq + 1));
                } else if (i + 1 < args.length && !args[i + 1].startsWith("--") && !isFlag(body)) {
                    options.given.put(body, args[++i]);
                } else {
                    options.given.put(body, "true");
                }
            } else {
                options.words.add(arg);
            }
        }
        return options;
    }

    /** Options that never take a value. */
    private static boolean isFlag(String name) {
        return name.equals("knee") || name.equals("republish") || name.equals("help");
    }

    /** The arguments that are not options (the command, the scenario). */
    public List<String> words() {
        return words;
    }

    public Optional<String> find(String name) {
        read.add(name);
        var value = given.get(name);
        if (value == null) {
            value = System.getProperty("bench." + name);
        }
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    public String string(String name, String fallback) {
        return find(name).orElse(fallback);
    }

    public int integer(String name, int fallback) {
        return find(name)
                .map(v -> Integer.parseInt(v.replace("_", "").replace(",", "")))
                .orElse(fallback);
    }

    public double number(String name, double fallback) {
        return find(name).map(Double::parseDouble).orElse(fallback);
    }

    public @Nullable Double number(String name) {
        return find(name).map(Double::parseDouble).orElse(null);
    }

    public boolean flag(String name) {
        return find(name).map(Boolean::parseBoolean).orElse(false);
    }

    public Duration duration(String name, Duration fallback) {
        return find(name).map(Options::duration).orElse(fallback);
    }

    /** Options given (as arguments) whose names start with {@code prefix}, without it. */
    public Map<String, String> withPrefix(String prefix) {
        var found = new LinkedHashMap<String, String>();
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("bench." + prefix))
                .forEach(name -> found.put(name.substring(6 + prefix.length()), System.getProperty(name)));
        given.forEach((name, value) -> {
            if (name.startsWith(prefix)) {
                found.put(name.substring(prefix.length()), value);
            }
        });
        found.keySet().forEach(name -> read.add(prefix + name));
        return found;
    }

    /** Arguments given that no part of the command read: most likely misspelt. */
    public List<String> unread() {
        return given.keySet().stream().filter(name -> !read.contains(name)).toList();
    }

    public static Duration duration(String text) {
        var value = text.strip().toLowerCase(Locale.ROOT);
        if (value.startsWith("pt") || value.startsWith("p")) {
            return Duration.parse(value.toUpperCase(Locale.ROOT));
        }
        if (value.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
        }
        long amount = Long.parseLong(value.substring(0, value.length() - 1));
        return switch (value.charAt(value.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            default -> Duration.ofSeconds(Long.parseLong(value));
        };
    }

    /** A duration as people write it: 45s, 10m, 1h30m. */
    public static String format(Duration duration) {
        if (duration.toMillis() % 1000 != 0) {
            return duration.toMillis() + "ms";
        }
        long seconds = duration.toSeconds();
        if (seconds % 3600 == 0 && seconds > 0) {
            return seconds / 3600 + "h";
        }
        if (seconds % 60 == 0 && seconds > 0) {
            return seconds / 60 + "m";
        }
        return seconds + "s";
    }
}
