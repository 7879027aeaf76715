package dev.platter.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The platform {@code ./platform up} runs on this machine: where each service answers, its database, and the pid
 * files {@code ./platform} keeps under {@code .platform/run/}.
 */
public final class Platform {

    /** The nine services, in the order {@code ./platform} lists them, and their ports. */
    public static final Map<String, Integer> SERVICES = services();

    /** Helpers and infrastructure whose pid file {@code ./platform} keeps when it started them. */
    public static final List<String> INFRASTRUCTURE = List.of("kafka", "elasticsearch", "stripe-sandbox", "mail");

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private final Path root;
    private final String host;
    private final String postgres;
    private final String kafka;
    private final URI stripeApiBase;
    private final String stripeKey;

    public Platform(Options options) {
        this.root = Path.of(options.string("root", System.getProperty("user.dir")))
                .toAbsolutePath()
                .normalize();
        this.host = options.string("host", "127.0.0.1");
        this.postgres = options.string("postgres", host + ":5432");
        this.kafka = options.string("kafka", host + ":9092");
        this.stripeApiBase = URI.create(options.string(
                "stripe-api-base", System.getenv().getOrDefault("STRIPE_API_BASE", "http://" + host + ":12111")));
        this.stripeKey = options.string(
                "stripe-key", System.getenv().getOrDefault("STRIPE_SECRET_KEY", "sk_test_platter_local"));
    }

    private static Map<String, Integer> services() {
        var ports = new LinkedHashMap<String, Integer>();
        ports.put("gateway", 8080);
        ports.put("user", 8081);
        ports.put("restaurant", 8082);
        ports.put("order", 8083);
        ports.put("payment", 8084);
        ports.put("delivery", 8085);
        ports.put("notification", 8086);
        ports.put("search", 8087);
        ports.put("analytics", 8088);
        return java.util.Collections.unmodifiableMap(ports);
    }

    public Path root() {
        return root;
    }

    /** Where runs write their folders: {@code benchmarks/results} (git-ignored but for each run's summary.md). */
    public Path results() {
        return root.resolve("benchmarks").resolve("results");
    }

    public URI gateway() {
        return service("gateway");
    }

    public URI service(String name) {
        return URI.create("http://" + host + ":" + SERVICES.get(name));
    }

    public String jdbcUrl(String service) {
        return "jdbc:postgresql://" + postgres + "/platter_" + service;
    }

    public String kafkaBootstrap() {
        return kafka;
    }

    public URI stripeApiBase() {
        return stripeApiBase;
    }

    /** The sandbox account payment-service uses (its {@code STRIPE_SECRET_KEY}). */
    public String stripeKey() {
        return stripeKey;
    }

    /** The services that do not answer ready. */
    public List<String> notReady() {
        return SERVICES.keySet().stream().filter(service -> !ready(service)).toList();
    }

    public boolean ready(String service) {
        try {
            var response = HTTP.send(
                    HttpRequest.newBuilder(service(service).resolve("/actuator/health/readiness"))
                            .timeout(Duration.ofSeconds(3))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The pid {@code ./platform} recorded for a part, if that process still runs. */
    public OptionalLong pid(String part) {
        var file = root.resolve(".platform").resolve("run").resolve(part + ".pid");
        try {
            if (!Files.isRegularFile(file)) {
                return OptionalLong.empty();
            }
            long pid = Long.parseLong(Files.readString(file).strip());
            return Files.isDirectory(Path.of("/proc", Long.toString(pid)))
                    ? OptionalLong.of(pid)
                    : OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
