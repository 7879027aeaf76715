import dev.platter.platform.events.Address;
import dev.platter.platform.events.GeoPoint;
import dev.platter.platform.events.Money;
import dev.platter.platform.events.PaymentMethod;
import dev.platter.platform.events.delivery.RiderLocationUpdated;
import dev.platter.platform.events.order.LineItem;
import dev.platter.platform.events.order.OrderCreated;
import dev.platter.platform.events.order.OrderTotals;
import dev.platter.platform.test.TestEvents;
import dev.platter.platform.test.TestTokens;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;

/**
 * The WebSocket hub of notification-service under load, on loopback:
 *
 * <ol>
 *   <li>event-to-WebSocket latency: customers follow their orders; RiderLocationUpdated events are published to Kafka
 *       at fixed rates (paced by benchmarks/gateway/FixedRateLoad.java, which calls a local endpoint that publishes
 *       one event per call, stamped with the time it is handed to Kafka); the latency is from that stamp to the
 *       moment the client holds the message (Kafka, the relay, Redis pub/sub, the hub, the socket);
 *   <li>concurrent connections: riders connect and follow their offers in steps; after each step the service's heap
 *       is measured after a full GC (jcmd) with its resident set size, giving the memory per connection.
 * </ol>
 *
 * It starts the service jar itself (after its test key server is up, so the service trusts its tokens) with the
 * settings the script passes in the environment.
 *
 * <p>Usage: {@code java -cp <FixedRateLoad + service test classpath> RealtimeBench.java <jar> <service port>
 * <publisher port> <database url> <events per step> <warm-up events> <followers> <rate,rate,...> <connections,...>}
 */
public class RealtimeBench {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        var jar = args[0];
        int port = Integer.parseInt(args[1]);
        int publisherPort = Integer.parseInt(args[2]);
        var databaseUrl = args[3];
        int count = Integer.parseInt(args[4]);
        int warmUp = Integer.parseInt(args[5]);
        int followers = Integer.parseInt(args[6]);
        var rates = Arrays.stream(args[7].split(",")).mapToInt(Integer::parseInt).toArray();
        var connectionSteps = Arrays.stream(args[8].split(",")).mapToInt(Integer::parseInt).toArray();
        var out = Path.of(System.getenv().getOrDefault("BENCH_OUT", "target/benchmarks/notification"));

        var service = startService(jar, port, databaseUrl, out.resolve("notification.log"));
        try {
            latency(port, publisherPort, count, warmUp, followers, rates);
            connections(port, service.pid(), connectionSteps);
        } finally {
            service.destroy();
            service.waitFor(30, TimeUnit.SECONDS);
        }
        System.exit(0);
    }

    private static Process startService(String jar, int port, String databaseUrl, Path log) throws Exception {
        Files.createDirectories(log.getParent());
        var builder = new ProcessBuilder(
                "java", "-Xms512m", "-Xmx1g", "-XX:+UseG1GC", "-jar", jar)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        var env = builder.environment();
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("DB_URL", databaseUrl);
        env.put("JWKS_URI", TestTokens.jwksUri());
        env.put("KAFKA_TOPIC_PREFIX", System.getenv("PLATTER_TEST_RUN_ID") + ".");
        env.put("REDIS_KEY_PREFIX", System.getenv("PLATTER_TEST_RUN_ID") + ":");
        env.put("SERVER_TOMCAT_MAX_CONNECTIONS", "40000");
        env.put("SERVER_TOMCAT_ACCEPT_COUNT", "1000");
        // the machine is shared: give Redis more than the default 2 s to answer while the service starts
        env.put("SPRING_DATA_REDIS_TIMEOUT", "10s");
        env.put("SPRING_DATA_REDIS_CONNECT_TIMEOUT", "10s");
        var process = builder.start();
        var ready = URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness");
        for (int i = 0; i < 1200 && process.isAlive(); i++) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return process;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException("notification-service did not start; see " + log);
    }

    // ---- latency -------------------------------------------------------------------------------------------------

    private static void latency(int port, int publisherPort, int count, int warmUp, int followers, int[] rates)
            throws Exception {
        var latencies = new ConcurrentLinkedQueue<Long>();
        var orders = new ArrayList<UUID>();
        var riders = new ArrayList<UUID>();
        var clients = new ArrayList<Client>();
        for (int i = 0; i < followers; i++) {
            var customer = UUID.randomUUID();
            var order = UUID.randomUUID();
            orders.add(order);
            riders.add(UUID.randomUUID());
            TestEvents.publish(orderCreated(order, customer));
            clients.add(Client.connect(port, TestTokens.forUser(customer, "CUSTOMER"), latencies));
        }
        for (int i = 0; i < followers; i++) {
            clients.get(i).follow("order:" + orders.get(i));
        }

        var sequence = new AtomicInteger();
        var publisher = HttpServer.create(new InetSocketAddress("127.0.0.1", publisherPort), 0);
        publisher.setExecutor(Executors.newFixedThreadPool(16));
        publisher.createContext("/publish", exchange -> {
            int n = sequence.getAndIncrement();
            int which = n % followers;
            TestEvents.publish(new RiderLocationUpdated(
                    UUID.randomUUID(), Instant.now(), orders.get(which), n, UUID.randomUUID(), riders.get(which),
                    new GeoPoint(12.97 + (n % 100) / 10_000.0, 77.59), 90.0, 6.0, Instant.now().plusSeconds(600)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        publisher.start();
        var load = new FixedRateLoad(16);
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + publisherPort + "/publish"))
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            load.run(i -> request, rates[0], warmUp, status -> status == 204);
            awaitCount(latencies, warmUp);
            for (int rate : rates) {
                latencies.clear();
                var published = load.run(i -> request, rate, count, status -> status == 204);
                boolean all = awaitCount(latencies, count - published.failures());
                var sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
                System.out.printf(
                        "event->WebSocket rate=%d/s followers=%d published=%d received=%d%s p50=%.1fms p90=%.1fms p99=%.1fms max=%.1fms%n",
                        rate, followers, count - published.failures(), sorted.length, all ? "" : " (not all arrived)",
                        quantile(sorted, 0.50), quantile(sorted, 0.90), quantile(sorted, 0.99),
                        sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0);
            }
        } finally {
            publisher.stop(0);
            clients.forEach(Client::close);
        }
    }

    private static boolean awaitCount(ConcurrentLinkedQueue<Long> latencies, int expected) throws InterruptedException {
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (latencies.size() < expected && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
        return latencies.size() >= expected;
    }

    private static double quantile(long[] sortedMicros, double q) {
        if (sortedMicros.length == 0) {
            return 0;
        }
        return sortedMicros[Math.min(sortedMicros.length - 1, (int) Math.ceil(q * sortedMicros.length) - 1)] / 1000.0;
    }

    // ---- connections ---------------------------------------------------------------------------------------------

    private static void connections(int port, long pid, int[] steps) throws Exception {
        var baseline = memory(port, pid);
        System.out.printf("connections=0 heapAfterGc=%.1fMiB rss=%.1fMiB%n", baseline[0] / 1048576.0, baseline[1] / 1048576.0);
        var open = new ArrayList<Client>();
        var gate = new Semaphore(200);
        try {
            for (int target : steps) {
                var batch = new ArrayList<CompletableFuture<Client>>();
                long started = System.nanoTime();
                while (open.size() + batch.size() < target) {
                    gate.acquire();
                    var rider = UUID.randomUUID();
                    var token = TestTokens.forUser(rider, "RIDER");
                    batch.add(CompletableFuture.supplyAsync(() -> {
                        try {
                            var client = Client.connect(port, token, null);
                            client.follow("rider:" + rider);
                            return client;
                        } finally {
                            gate.release();
                        }
                    }));
                }
                for (var future : batch) {
                    open.add(future.join());
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                var used = memory(port, pid);
                var held = gauge(port, "platter_realtime_connections", "");
                System.out.printf(
                        "connections=%d (service reports %.0f, opened in %.1fs) heapAfterGc=%.1fMiB rss=%.1fMiB"
                                + " heap/connection=%.1fKiB rss/connection=%.1fKiB%n",
                        open.size(), held, seconds, used[0] / 1048576.0, used[1] / 1048576.0,
                        (used[0] - baseline[0]) / 1024.0 / open.size(), (used[1] - baseline[1]) / 1024.0 / open.size());
            }
        } catch (RuntimeException e) {
            System.out.printf("stopped at %d connections: %s%n", open.size(), e);
        } finally {
            open.forEach(Client::close);
        }
    }

    /** Heap used after a full GC, and resident set size, of the service process. */
    private static long[] memory(int port, long pid) throws Exception {
        var gc = new ProcessBuilder("jcmd", Long.toString(pid), "GC.run").redirectErrorStream(true).start();
        gc.getInputStream().readAllBytes();
        gc.waitFor(60, TimeUnit.SECONDS);
        long heap = (long) gauge(port, "jvm_memory_used_bytes{", "area=\"heap\"");
        long rss = 0;
        for (var line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
            }
        }
        return new long[] {heap, rss};
    }

    /** Sum of the samples of a Prometheus metric whose line starts with {@code prefix} and contains {@code label}. */
    private static double gauge(int port, String prefix, String label) throws Exception {
        var body = HTTP.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        return body.lines()
                .filter(line -> line.startsWith(prefix) && line.contains(label))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    // ---- a client ------------------------------------------------------------------------------------------------

    /** One app connection; with a latency queue it records, for every event, now − the event's occurredAt. */
    static final class Client implements WebSocket.Listener {

        private final ConcurrentLinkedQueue<Long> latencies;
        private final StringBuilder partial = new StringBuilder();
        private volatile CountDownLatch subscribed = new CountDownLatch(1);
        private volatile String lastReply = "";
        private WebSocket socket;

        private Client(ConcurrentLinkedQueue<Long> latencies) {
            this.latencies = latencies;
        }

        static Client connect(int port, String token, ConcurrentLinkedQueue<Long> latencies) {
            var client = new Client(latencies);
            client.socket = HTTP.newWebSocketBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws?access_token=" + token), client)
                    .join();
            return client;
        }

        /** Subscribes, asking again while the replica does not know the order yet. */
        void follow(String stream) {
            for (int attempt = 0; attempt < 100; attempt++) {
                subscribed = new CountDownLatch(1);
                socket.sendText(JSON.writeValueAsString(Map.of("action", "subscribe", "stream", stream)), true)
                        .join();
                try {
                    if (!subscribed.await(10, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("no answer to subscribe " + stream);
                    }
                    if (lastReply.equals("subscribed")) {
                        return;
                    }
                    TimeUnit.MILLISECONDS.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            throw new IllegalStateException("refused " + stream);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                var received = Instant.now();
                var message = JSON.readTree(partial.toString());
                partial.setLength(0);
                var type = message.path("type").asString("");
                if (type.equals("event") && latencies != null) {
                    var occurred = Instant.parse(message.get("occurredAt").asString());
                    latencies.add(Duration.between(occurred, received).toNanos() / 1000);
                } else if (!type.equals("event")) {
                    lastReply = type;
                    subscribed.countDown();
                }
            }
            webSocket.request(1);
            return null;
        }

        void close() {
            socket.abort();
        }
    }

    private static OrderCreated orderCreated(UUID orderId, UUID customerId) {
        var inr = (java.util.function.LongFunction<Money>) minor -> Money.of(minor, "INR");
        var line = new LineItem(UUID.randomUUID(), "Paneer Tikka", 1, inr.apply(24900), List.of(), inr.apply(24900), null);
        var totals = new OrderTotals(inr.apply(24900), inr.apply(0), inr.apply(0), inr.apply(0), inr.apply(0),
                inr.apply(0), inr.apply(24900), inr.apply(0), inr.apply(24900), null);
        var address = new Address("4 Residency Road", null, "Bengaluru", "560025", "IN", new GeoPoint(12.97, 77.60));
        return new OrderCreated(UUID.randomUUID(), Instant.now(), orderId, 1, customerId, UUID.randomUUID(),
                "Bench Customer", List.of(line), totals, PaymentMethod.CARD, address, null,
                Instant.now().plusSeconds(900));
    }
}
