package dev.platter.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the deployment must agree with, read from where it is defined: the {@code platform} script (parts, ports,
 * databases, infrastructure versions), ARCHITECTURE.md (ports, public routes, internal call paths), each service's
 * {@code application.yml} and the shared {@code platter-defaults.yml} (the environment variables it reads).
 */
final class Truth {

    static final String SHARED_DEFAULTS = "libs/platform-web/src/main/resources/platter-defaults.yml";

    /** Variables whose values are secrets: passwords, client secrets, keys. */
    static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|_KEY)$");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:?)");

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

    /** ARCHITECTURE.md §1: module → port. */
    static Map<String, Integer> architecturePorts() {
        var ports = new LinkedHashMap<String, Integer>();
        var row = Pattern.compile("(?m)^\\| ([a-z]+-service) \\| (\\d+) \\|").matcher(architecture());
        while (row.find()) {
            ports.put(row.group(1), Integer.parseInt(row.group(2)));
        }
        return ports;
    }

    /** ARCHITECTURE.md §1: the table row of a module (what it owns). */
    static String architectureRow(String module) {
        var row =
                Pattern.compile("(?m)^\\| " + Pattern.quote(module) + " \\|.*$").matcher(architecture());
        if (!row.find()) {
            throw new IllegalStateException("ARCHITECTURE.md §1 has no row for " + module);
        }
        return row.group();
    }

    /** ARCHITECTURE.md §3: the services the gateway routes public paths to (short names). */
    static Set<String> publicServices() {
        var section = section("## 3.", "- Internal service-to-service");
        var services = new LinkedHashSet<String>();
        var row = Pattern.compile("(?m)^\\s*\\| `[^|]*\\| ([a-z]+) \\|$").matcher(section);
        while (row.find()) {
            services.add(row.group(1));
        }
        return services;
    }

    /** One row of ARCHITECTURE.md §3's internal endpoints table. */
    record InternalCall(String endpoint, String owner, String caller) {

        /** Whether {@code service} makes this call ("every service" means every one but the owner). */
        boolean calledBy(String service) {
            return caller.equals("every service") ? !service.equals(owner) : caller.equals(service);
        }
    }

    static List<InternalCall> internalCalls() {
        var section = section("- Internal service-to-service", "- JSON;");
        var calls = new ArrayList<InternalCall>();
        var row = Pattern.compile("(?m)^\\s*\\| `([^`]+)` \\(([a-z]+)\\) \\| ([a-z ]+) \\|")
                .matcher(section);
        while (row.find()) {
            calls.add(new InternalCall(row.group(1), row.group(2), row.group(3).trim()));
        }
        if (calls.isEmpty()) {
            throw new IllegalStateException("no internal endpoints found in ARCHITECTURE.md §3");
        }
        return calls;
    }

    /**
     * The platform services {@code service} calls: every public service for the gateway (it routes to them), the
     * owners of the internal endpoints it calls otherwise.
     */
    static Set<String> callees(String service) {
        var callees = new LinkedHashSet<String>();
        if (service.equals("gateway")) {
            callees.addAll(publicServices());
        }
        for (var call : internalCalls()) {
            if (call.calledBy(service)) {
                callees.add(call.owner());
            }
        }
        callees.remove(service);
        return callees;
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

    private static String architecture() {
        return Repository.read(architectureFile());
    }

    /**
     * ARCHITECTURE.md, the contract between the services. It accompanies the repository rather than living in it:
     * {@code PLATTER_ARCHITECTURE} (or {@code -Dplatter.architecture}) names it; otherwise it is looked for in the
     * checkout, then next to it (the checkout's parent folder and that folder's direct subfolders).
     */
    static Path architectureFile() {
        var named = System.getProperty("platter.architecture", System.getenv("PLATTER_ARCHITECTURE"));
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        var candidates = new ArrayList<Path>();
        candidates.add(Repository.ROOT.resolve("ARCHITECTURE.md"));
        var parent = Repository.ROOT.getParent();
        if (parent != null) {
            candidates.add(parent.resolve("ARCHITECTURE.md"));
            try (Stream<Path> siblings = Files.list(parent)) {
                siblings.filter(Files::isDirectory)
                        .sorted()
                        .forEach(dir -> candidates.add(dir.resolve("ARCHITECTURE.md")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return candidates.stream()
                .filter(Files::isRegularFile)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("ARCHITECTURE.md not found in or next to the checkout;"
                        + " set PLATTER_ARCHITECTURE to its path"));
    }

    private static String section(String from, String to) {
        var text = architecture();
        var start = text.indexOf(from);
        var end = text.indexOf(to, start + from.length());
        if (start < 0 || end < 0) {
            throw new IllegalStateException("ARCHITECTURE.md has no section from '" + from + "' to '" + to + "'");
        }
        return text.substring(start, end);
    }
}
