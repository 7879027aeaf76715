import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import dev.platter.platform.events.Address;
import dev.platter.platform.events.EventCatalog;
import dev.platter.platform.events.EventHeaders;
import dev.platter.platform.events.GeoPoint;
import dev.platter.platform.events.Money;
import dev.platter.platform.events.PaymentMethod;
import dev.platter.platform.events.PlatterEvent;
import dev.platter.platform.events.Topics;
import dev.platter.platform.events.order.OrderAccepted;
import dev.platter.platform.events.user.RiderApproved;
import dev.platter.platform.events.user.VehicleType;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Load on delivery-service with a city of online riders (benchmarks/gateway/FixedRateLoad.java runs the fixed-rate
 * steps: open model, latency from each request's scheduled start):
 *
 * <ol>
 *   <li>riders approved through RiderApproved on the run's users topic, then online through the API, each at a
 *       random spot in a 12 km wide city;
 *   <li>dispatch latency: OrderAccepted published at a fixed rate for restaurants across the city; simulated riders
 *       read their DeliveryOffered from the deliveries topic (as their app is told) and accept through the API at
 *       once; the time from publishing OrderAccepted to RiderAssigned on the deliveries topic is measured (the
 *       service's consumer, dispatch, outbox relay and the rider's round trip included);
 *   <li>position ingestion through the gateway: each request one rider's position (riders in turn, each moving a few
 *       metres per report), at fixed rates; riders who accepted a delivery above are on an active delivery, so their
 *       positions also go to the trail and out as RiderLocationUpdated; then the same straight to the service, to
 *       see what the gateway adds.
 * </ol>
 *
 * It serves the JWKS of the key that signs the riders' tokens, so the service and the gateway validate them as any
 * other.
 *
 * <p>Usage: {@code java -cp <FixedRateLoad compiled>:<delivery-service classpath> DeliveryLoad.java <service url>
 * <gateway url> <jwks port> <kafka bootstrap> <topic prefix> <riders> <orders> <orders/s> <positions per step>
 * <warm-up positions> <position rate...>}
 */
public class DeliveryLoad {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .executor(Executors.newFixedThreadPool(16))
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private static final GeoPoint CENTRE = new GeoPoint(12.9716, 77.5946);
    private static final Random RANDOM = new Random(42);

    private static RSAKey key;
    private static String service;

    public static void main(String[] args) throws Exception {
        service = args[0];
        var gateway = args[1];
        int jwksPort = Integer.parseInt(args[2]);
        var bootstrap = args[3];
        var prefix = args[4];
        int riders = Integer.parseInt(args[5]);
        int orders = Integer.parseInt(args[6]);
        int orderRate = Integer.parseInt(args[7]);
        int count = Integer.parseInt(args[8]);
        int warmUp = Integer.parseInt(args[9]);
        var rates = Arrays.stream(args, 10, args.length).mapToInt(Integer::parseInt).toArray();

        key = new RSAKeyGenerator(2048).keyID("bench").generate();
        serveJwks(jwksPort, new JWKSet(key.toPublicJWK()).toString());
        var producer = new KafkaProducer<String, byte[]>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                        ProducerConfig.LINGER_MS_CONFIG, 0),
                new StringSerializer(), new ByteArraySerializer());

        // 1. a city of online riders
        var ids = new UUID[riders];
        var tokens = new ConcurrentHashMap<UUID, String>();
        var spots = new GeoPoint[riders];
        for (int i = 0; i < riders; i++) {
            ids[i] = UUID.randomUUID();
            tokens.put(ids[i], token(ids[i], "RIDER"));
            spots[i] = around(CENTRE, 6000);
            publish(producer, prefix, new RiderApproved(UUID.randomUUID(), Instant.now(), ids[i], 1, UUID.randomUUID(),
                    "Rider " + i, "+9198" + String.format("%08d", i), VehicleType.SCOOTER, "Bengaluru"));
        }
        producer.flush();
        var last = ids[riders - 1];
        awaitStatus(() -> get(service + "/api/v1/riders/me", tokens.get(last)), 200, Duration.ofMinutes(3));
        for (var id : ids) {
            awaitStatus(() -> get(service + "/api/v1/riders/me", tokens.get(id)), 200, Duration.ofMinutes(1));
        }
        var load = new FixedRateLoad(16);
        var online = load.run(i -> post(service + "/api/v1/riders/me/online", tokens.get(ids[i]),
                "{\"position\":{\"lat\":" + spots[i].lat() + ",\"lon\":" + spots[i].lon() + "}}"), 100, riders,
                status -> status == 200);
        report(riders + " riders online: " + online.describe("POST /api/v1/riders/me/online", 100));

        // 2. dispatch latency with every rider online: a warm-up round, then the measured one
        var deliveries = new KafkaConsumer<String, byte[]>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false, ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer());
        var topic = prefix + Topics.DELIVERIES;
        var partitions = deliveries.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        deliveries.assign(partitions);
        deliveries.seekToEnd(partitions);
        partitions.forEach(deliveries::position);
        var riderApp = new RiderApp(deliveries, tokens);
        var reading = new Thread(riderApp, "rider-app");
        reading.setDaemon(true);
        reading.start();
        dispatch(producer, prefix, riderApp, Math.max(1, orders / 3), orderRate);
        var measured = dispatch(producer, prefix, riderApp, orders, orderRate);
        report(String.format("dispatch, %d online riders, %d orders at %d/s (after %d warm-up orders): %s",
                riders, orders, orderRate, Math.max(1, orders / 3), measured));

        // 3. positions through the gateway, every rider in turn; then straight to the service, for comparison
        var where = spots.clone();
        for (var base : List.of(gateway, service)) {
            IntFunction<HttpRequest> position = i -> {
                int r = i % riders;
                synchronized (where) {
                    where[r] = step(where[r]);
                }
                return post(base + "/api/v1/riders/me/positions", tokens.get(ids[r]),
                        "{\"points\":[{\"lat\":" + where[r].lat() + ",\"lon\":" + where[r].lon()
                                + ",\"recordedAt\":\"" + Instant.now()
                                + "\",\"accuracyMetres\":8.0,\"speedMetresPerSecond\":5.5}]}");
            };
            var via = base.equals(gateway) ? "via gateway" : "direct";
            probe(position, via);
            load.run(position, rates[0], warmUp, status -> status == 200);
            for (int rate : rates) {
                report(load.run(position, rate, count, status -> status == 200)
                        .describe("POST /api/v1/riders/me/positions " + via, rate));
            }
        }
        System.exit(0);
    }

    /** The simulated riders' app: told of their offers by DeliveryOffered, they accept at once through the API. */
    private static final class RiderApp implements Runnable {

        private final KafkaConsumer<String, byte[]> deliveries;
        private final Map<UUID, String> tokens;
        final Map<UUID, Long> offered = new ConcurrentHashMap<>();
        final Map<UUID, Long> assigned = new ConcurrentHashMap<>();
        final AtomicLong accepts = new AtomicLong();
        final Map<Integer, Integer> acceptFailures = new ConcurrentHashMap<>();
        volatile CountDownLatch round = new CountDownLatch(0);

        RiderApp(KafkaConsumer<String, byte[]> deliveries, Map<UUID, String> tokens) {
            this.deliveries = deliveries;
            this.tokens = tokens;
        }

        @Override
        public void run() {
            while (!Thread.currentThread().isInterrupted()) {
                for (var record : deliveries.poll(Duration.ofMillis(5))) {
                    long seen = System.nanoTime();
                    var type = new String(record.headers().lastHeader(EventHeaders.EVENT_TYPE).value(), StandardCharsets.UTF_8);
                    var order = UUID.fromString(record.key());
                    if (type.equals("DeliveryOffered")) {
                        offered.putIfAbsent(order, seen);
                        var offer = JSON.readTree(record.value());
                        var rider = UUID.fromString(offer.get("riderId").asString());
                        var request = post(service + "/api/v1/riders/me/offers/" + offer.get("offerId").asString()
                                + "/accept", tokens.get(rider), "");
                        HTTP.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, e) -> {
                            accepts.incrementAndGet();
                            if (e != null || response.statusCode() != 200) {
                                acceptFailures.merge(e != null ? -1 : response.statusCode(), 1, Integer::sum);
                            }
                        });
                    } else if (type.equals("RiderAssigned") && assigned.putIfAbsent(order, seen) == null) {
                        round.countDown();
                    }
                }
            }
        }
    }

    /** Publishes {@code n} OrderAccepted at a fixed rate and waits until each has its rider; returns the latencies. */
    private static String dispatch(
            KafkaProducer<String, byte[]> producer, String prefix, RiderApp app, int n, int rate) throws Exception {
        var published = new ConcurrentHashMap<UUID, Long>();
        app.offered.clear();
        app.assigned.clear();
        app.accepts.set(0);
        app.acceptFailures.clear();
        app.round = new CountDownLatch(n);
        var scheduler = Executors.newSingleThreadScheduledExecutor();
        long interval = 1_000_000_000L / rate;
        for (int i = 0; i < n; i++) {
            scheduler.schedule(() -> {
                var pickup = around(CENTRE, 5000);
                var order = orderAccepted(pickup, around(pickup, 3000));
                published.put(order.orderId(), System.nanoTime());
                publish(producer, prefix, order);
            }, i * interval, TimeUnit.NANOSECONDS);
        }
        app.round.await(n / rate + 60, TimeUnit.SECONDS);
        scheduler.shutdown();
        return String.format("assigned=%d accepts=%d accept failures=%s%n  %s%n  %s", app.assigned.size(),
                app.accepts.get(), app.acceptFailures,
                percentiles("OrderAccepted -> DeliveryOffered", published, app.offered),
                percentiles("OrderAccepted -> RiderAssigned  ", published, app.assigned));
    }

    /** Twenty positions one after the other, to show what a failure is before the load hides it in counts. */
    private static void probe(IntFunction<HttpRequest> position, String via) {
        var outcomes = new java.util.TreeMap<String, Integer>();
        for (int i = 0; i < 20; i++) {
            try {
                var response = HTTP.send(position.apply(i), HttpResponse.BodyHandlers.discarding());
                outcomes.merge(Integer.toString(response.statusCode()), 1, Integer::sum);
            } catch (Exception e) {
                outcomes.merge(e.getClass().getSimpleName() + ": " + e.getMessage(), 1, Integer::sum);
            }
        }
        report("positions " + via + ", 20 one by one: " + outcomes);
    }

    private static String percentiles(String what, Map<UUID, Long> from, Map<UUID, Long> to) {
        var latencies = new ArrayList<Long>();
        to.forEach((order, at) -> {
            var start = from.get(order);
            if (start != null) {
                latencies.add(at - start);
            }
        });
        if (latencies.isEmpty()) {
            return what + ": none";
        }
        latencies.sort(Long::compare);
        return String.format("%s n=%d p50=%.1fms p90=%.1fms p99=%.1fms max=%.1fms", what, latencies.size(),
                at(latencies, 0.50), at(latencies, 0.90), at(latencies, 0.99), latencies.get(latencies.size() - 1) / 1e6);
    }

    private static double at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }

    private static OrderAccepted orderAccepted(GeoPoint pickup, GeoPoint dropOff) {
        var total = Money.of(45000, "INR");
        return new OrderAccepted(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), 3, UUID.randomUUID(),
                UUID.randomUUID(), "Spice Garden", new Address("12 MG Road", null, "Bengaluru", "560001", "IN", pickup),
                "Asha Rao", "+919812345678",
                new Address("4 Residency Road", null, "Bengaluru", "560025", "IN", dropOff), null, 15,
                Instant.now().plus(Duration.ofMinutes(15)), "4821", PaymentMethod.CARD, total, Money.zero("INR"), 2);
    }

    /** A point uniformly within {@code radius} metres of {@code centre}. */
    private static GeoPoint around(GeoPoint centre, double radius) {
        double r = radius * Math.sqrt(RANDOM.nextDouble());
        double angle = RANDOM.nextDouble() * 2 * Math.PI;
        return offset(centre, r * Math.cos(angle), r * Math.sin(angle));
    }

    /** A few metres further, as a rider moves between two reports. */
    private static GeoPoint step(GeoPoint from) {
        return offset(from, ThreadLocalRandomHolder.next() * 20 - 10, ThreadLocalRandomHolder.next() * 20 - 10);
    }

    private static GeoPoint offset(GeoPoint from, double east, double north) {
        return new GeoPoint(from.lat() + north / 111_320.0,
                from.lon() + east / (111_320.0 * Math.cos(Math.toRadians(from.lat()))));
    }

    private static final class ThreadLocalRandomHolder {
        static double next() {
            return java.util.concurrent.ThreadLocalRandom.current().nextDouble();
        }
    }

    private static void publish(KafkaProducer<String, byte[]> producer, String prefix, PlatterEvent event) {
        var descriptor = EventCatalog.of(event.getClass());
        var record = new ProducerRecord<String, byte[]>(prefix + descriptor.topic(), event.aggregateId(),
                JSON.writeValueAsBytes(event));
        record.headers().add(EventHeaders.EVENT_ID, event.eventId().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.EVENT_TYPE, descriptor.type().getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.EVENT_VERSION,
                Integer.toString(descriptor.schemaVersion()).getBytes(StandardCharsets.UTF_8));
        producer.send(record);
    }

    private static String token(UUID subject, String role) throws Exception {
        var now = Instant.now();
        var claims = new JWTClaimsSet.Builder().subject(subject.toString()).issuer("https://platter.dev")
                .audience("platter").jwtID(UUID.randomUUID().toString()).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(15)))).claim("roles", List.of(role))
                .claim("typ", "access").build();
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static void serveJwks(int port, String jwks) throws Exception {
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        var body = jwks.getBytes(StandardCharsets.UTF_8);
        server.createContext("/.well-known/jwks.json", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    private static HttpRequest get(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).GET().build();
    }

    private static HttpRequest post(String url, String token, String body) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Asks every 100 ms, from one scheduler thread, until the answer has the status. */
    private static void awaitStatus(java.util.function.Supplier<HttpRequest> request, int status, Duration patience)
            throws Exception {
        var answered = new CompletableFuture<Void>();
        var poller = Executors.newSingleThreadScheduledExecutor();
        poller.scheduleWithFixedDelay(() -> {
            try {
                if (HTTP.send(request.get(), HttpResponse.BodyHandlers.discarding()).statusCode() == status) {
                    answered.complete(null);
                }
            } catch (Exception e) {
                answered.completeExceptionally(e);
            }
        }, 0, 100, TimeUnit.MILLISECONDS);
        try {
            answered.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            poller.shutdownNow();
        }
    }

    private static void report(String line) {
        System.out.println(line);
    }
}
