package dev.platter.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the deployment must agree with, read from where it is defined: the {@code platform} script (parts, ports,
 * databases, infrastructure versions), each service's {@code application.yml} and the shared
 * {@code platter-defaults.yml} (the environment variables it reads, and whom it calls: the addresses their defaults
 * name), so nothing here is a copied list that could drift. The call paths are those of ARCHITECTURE.md §1 and §3;
 * they are read from the configuration that makes them, which lives in the repository.
 */
final class Truth {

    static final String SHARED_DEFAULTS = "libs/platform-web/src/main/resources/platter-defaults.yml";

    /** Variables whose values are secrets: passwords, client secrets, keys, access tokens. */
    static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|_KEY|_TOKEN)$");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:?)");

    /** A loopback address with its port, as the defaults name the other parts. */
    private static final Pattern LOCAL_ADDRESS = Pattern.compile("(?:127\\.0\\.0\\.1|localhost):(\\d+)");

    private Truth() {}

    /** The services the platform script runs, short names ({@code order}), in its order. */
    static List<String> services() {
        return bashArray("SERVICES");
    }

    static String module(String service) {
        return service + "-service";
    }

    /** Services that own a database {@code platter_<name>} (with a role of the same name). */
    static List<String> databases() {
        return bashArray("DATABASES");
    }

    /** The {@code PORT} table of the platform script: part → port. */
    static Map<String, Integer> platformPorts() {
        var matcher = Pattern.compile("declare -A PORT=\\(([^)]*)\\)").matcher(Repository.read("platform"));
        if (!matcher.find()) {
            throw new IllegalStateException("no 'declare -A PORT=(...)' in ./platform");
        }
        var ports = new LinkedHashMap<String, Integer>();
        var entry = Pattern.compile("\\[([a-z-]+)]=(\\d+)").matcher(matcher.group(1));
        while (entry.find()) {
            ports.put(entry.group(1), Integer.parseInt(entry.group(2)));
        }
        return ports;
    }

    /** A plain assignment of the platform script, e.g. {@code ES_VERSION=8.19.7}. */
    static String platformVariable(String name) {
        var matcher = Pattern.compile("(?m)^" + name + "=(\\S+)$").matcher(Repository.read("platform"));
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + "=... in ./platform");
        }
        return matcher.group(1);
    }

    /**
     * The platform services {@code service} calls: those whose port a default address in its configuration names
     * ({@code ${ORDER_SERVICE_URI:http://127.0.0.1:8083}}, {@code ${JWKS_URI:http://127.0.0.1:8081/...}}); the
     * gateway's routes make it call every service it routes to.
     */
    static Set<String> callees(String service) {
        var services = new LinkedHashMap<Integer, String>();
        platformPorts().forEach((part, port) -> {
            if (services().contains(part)) {
                services.put(port, part);
            }
        });
        var callees = new LinkedHashSet<String>();
        for (int port : portsNamedBy(service)) {
            if (services.containsKey(port)) {
                callees.add(services.get(port));
            }
        }
        callees.remove(service);
        return callees;
    }

    /** Whether {@code service}'s configuration names Elasticsearch's address. */
    static boolean usesElasticsearch(String service) {
        return portsNamedBy(service).contains(platformPorts().get("elasticsearch"));
    }

    /** The gateway's routes: service (short name) → the port its route's default address names. */
    static Map<String, Integer> gatewayRoutes() {
        var routes = new LinkedHashMap<String, Integer>();
        placeholders(applicationYml("gateway")).forEach((name, value) -> {
            var route = Pattern.compile("([A-Z]+)_SERVICE_URI").matcher(name);
            var address = LOCAL_ADDRESS.matcher(value);
            if (route.matches() && address.find()) {
                routes.put(route.group(1).toLowerCase(java.util.Locale.ROOT), Integer.parseInt(address.group(1)));
            }
        });
        return routes;
    }

    /** The loopback ports the defaults of everything {@code service} reads name. */
    private static Set<Integer> portsNamedBy(String service) {
        var values = new ArrayList<String>(placeholders(applicationYml(service)).values());
        values.addAll(placeholders(SHARED_DEFAULTS).values());
        var ports = new LinkedHashSet<Integer>();
        for (var value : values) {
            var address = LOCAL_ADDRESS.matcher(value);
            while (address.find()) {
                ports.add(Integer.parseInt(address.group(1)));
            }
        }
        return ports;
    }

    static Set<String> callers(String service) {
        var callers = new LinkedHashSet<String>();
        for (var caller : services()) {
            if (callees(caller).contains(service)) {
                callers.add(caller);
            }
        }
        return callers;
    }

    static String applicationYml(String service) {
        return module(service) + "/src/main/resources/application.yml";
    }

    /** The environment variables a file's {@code ${NAME:default}} placeholders read, with their defaults. */
    static Map<String, String> placeholders(String file) {
        var text = Repository.read(file);
        var variables = new LinkedHashMap<String, String>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            var end = matcher.end();
            var depth = 1;
            var i = end;
            while (depth > 0) {
                var c = text.charAt(i++);
                if (c == '{') depth++;
                if (c == '}') depth--;
            }
            variables.putIfAbsent(matcher.group(1), matcher.group(2).isEmpty() ? "" : text.substring(end, i - 1));
        }
        return variables;
    }

    /** What one service reads: its application.yml's variables, then the shared defaults'. Name → the file. */
    static Map<String, String> variablesReadBy(String service) {
        var read = new LinkedHashMap<String, String>();
        placeholders(applicationYml(service)).keySet().forEach(name -> read.put(name, applicationYml(service)));
        placeholders(SHARED_DEFAULTS).keySet().forEach(name -> read.putIfAbsent(name, SHARED_DEFAULTS));
        return read;
    }

    /** Whether the module is built on platform-service-starter (database, Redis, Kafka). */
    static boolean usesServiceStarter(String service) {
        return Repository.read(module(service) + "/pom.xml")
                .contains("<artifactId>platform-service-starter</artifactId>");
    }

    /** A property of deploy/infra/pom.xml, e.g. {@code kafka.version}. */
    static String infraPomProperty(String name) {
        var matcher = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</")
                .matcher(Repository.read("deploy/infra/pom.xml"));
        if (!matcher.find()) {
            throw new IllegalStateException("no <" + name + "> in deploy/infra/pom.xml");
        }
        return matcher.group(1);
    }

    private static List<String> bashArray(String name) {
        var matcher = Pattern.compile("(?m)^" + name + "=\\(([^)]*)\\)").matcher(Repository.read("platform"));
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + "=(...) in ./platform");
        }
        return List.of(matcher.group(1).trim().split("\\s+"));
    }
}
