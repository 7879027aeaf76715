package dev.platter.benchmarks.load;

import dev.platter.benchmarks.measure.Latencies;
import dev.platter.platform.events.EventHeaders;
import dev.platter.platform.events.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The riders' app for the riders a run put online, and the dispatch clock. It reads the orders and deliveries topics
 * from their end (as the apps are told by push): a DeliveryOffered to one of its riders is accepted at once through the
 * gateway; an assigned rider then arrives at the restaurant, picks up and hands over with the customer's code (from
 * OrderAccepted) after the configured pauses, so riders come free again. The dispatch latency of an order is the time
 * from its OrderAccepted to its RiderAssigned, both by the events' own timestamps ({@code occurredAt}).
 */
public final class RiderApp implements AutoCloseable {

    /** A rider the app speaks for. */
    public record Rider(String token, String client) {}

    /** How long an assigned rider takes to reach the restaurant, to pick up, and to reach the door. */
    public record Pace(Duration toRestaurant, Duration atRestaurant, Duration toDoor) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI gateway;
    private final Map<UUID, Rider> riders = new ConcurrentHashMap<>();
    private final Pace pace;
    private final KafkaConsumer<String, byte[]> consumer;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(8, daemon("rider-app-http")))
            .build();
    private final ScheduledExecutorService later = Executors.newScheduledThreadPool(2, daemon("rider-app-steps"));
    private final Thread reader;
    private volatile boolean running = true;

    private final Map<UUID, Instant> accepted = new ConcurrentHashMap<>();
    private final Map<UUID, Instant> firstOffered = new ConcurrentHashMap<>();
    private final Map<UUID, Instant> assigned = new ConcurrentHashMap<>();
    private final Map<UUID, String> handoffCodes = new ConcurrentHashMap<>();
    private final Map<String, ConcurrentLinkedQueue<Long>> callMillis = new ConcurrentHashMap<>();
    private final Map<String, Map<String, AtomicLong>> callFailures = new ConcurrentHashMap<>();
    private final AtomicLong offersToOthers = new AtomicLong();
    private final AtomicLong expired = new AtomicLong();
    private final AtomicLong unassignable = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();
    private final Map<UUID, Trip> trips = new ConcurrentHashMap<>();
    private final java.util.Set<UUID> held = ConcurrentHashMap.newKeySet();

    public RiderApp(String bootstrap, URI gateway, Map<UUID, Rider> riders, Pace pace) {
        this.gateway = gateway;
        this.riders.putAll(riders);
        this.pace = pace;
        this.consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed",
                        ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                        2000),
                new StringDeserializer(),
                new ByteArrayDeserializer());
        var partitions = new ArrayList<TopicPartition>();
        for (var topic : List.of(Topics.ORDERS, Topics.DELIVERIES)) {
            consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fix the start now, before any order of this run exists
        this.reader = new Thread(this::read, "rider-app");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        while (running) {
            try {
                for (var record : consumer.poll(Duration.ofMillis(20))) {
                    on(record);
                }
            } catch (org.apache.kafka.common.errors.WakeupException e) {
                return;
            } catch (RuntimeException e) {
                System.err.println("rider app: " + e);
            }
        }
    }

    private void on(ConsumerRecord<String, byte[]> record) {
        var type = record.headers().lastHeader(EventHeaders.EVENT_TYPE);
        if (type == null) {
            return;
        }
        switch (new String(type.value(), StandardCharsets.UTF_8)) {
            case "OrderAccepted" -> {
                var event = JSON.readTree(record.value());
                var order = uuid(event, "orderId");
                accepted.putIfAbsent(
                        order, Instant.parse(event.get("occurredAt").asString()));
                handoffCodes.put(order, event.get("handoffCode").asString());
            }
            case "DeliveryOffered" -> {
                var event = JSON.readTree(record.value());
                firstOffered.putIfAbsent(
                        uuid(event, "orderId"),
                        Instant.parse(event.get("occurredAt").asString()));
                var rider = riders.get(uuid(event, "riderId"));
                if (rider == null) {
                    offersToOthers.incrementAndGet();
                    return;
                }
                call(
                        "accept offer",
                        rider,
                        "/api/v1/riders/me/offers/" + event.get("offerId").asString() + "/accept",
                        "{}");
            }
            case "RiderAssigned" -> {
                var event = JSON.readTree(record.value());
                var order = uuid(event, "orderId");
                if (assigned.putIfAbsent(
                                order, Instant.parse(event.get("occurredAt").asString()))
                        == null) {
                    var rider = riders.get(uuid(event, "riderId"));
                    if (rider != null) {
                        deliver(
                                rider,
                                order,
                                event.get("deliveryId").asString(),
                                held.contains(uuid(event, "customerId")));
                    }
                }
            }
            case "OfferExpired" -> expired.incrementAndGet();
            case "DeliveryUnassignable" -> unassignable.incrementAndGet();
            default -> {}
        }
    }

    /** A delivery of one of the app's riders, and how far it got (0 assigned, 1 arrived, 2 picked up, 3 handed over). */
    private static final class Trip {
        final Rider rider;
        final UUID order;
        final String path;
        volatile int stage;

        Trip(Rider rider, UUID order, String delivery) {
            this.rider = rider;
            this.order = order;
            this.path = "/api/v1/riders/me/deliveries/" + delivery;
        }
    }

    private static final String[] STEPS = {"arrived at restaurant", "picked up", "handed over"};

    /**
     * The assigned rider's trip: at the restaurant, picked up, handed over with the customer's code, after the pace's
     * pauses; the rider of a held customer's order stops short of the door until {@link #finish}.
     */
    private void deliver(Rider rider, UUID order, String delivery, boolean hold) {
        var trip = new Trip(rider, order, delivery);
        trips.put(order, trip);
        long arrive = pace.toRestaurant().toMillis();
        long pickUp = arrive + pace.atRestaurant().toMillis();
        long handOff = pickUp + pace.toDoor().toMillis();
        later.schedule(() -> advance(trip, 1), arrive, TimeUnit.MILLISECONDS);
        later.schedule(() -> advance(trip, 2), pickUp, TimeUnit.MILLISECONDS);
        if (!hold) {
            later.schedule(() -> advance(trip, 3), handOff, TimeUnit.MILLISECONDS);
        }
    }

    /** Takes a trip to {@code stage} if it is just before it; completes when the call is answered. */
    private CompletableFuture<Void> advance(Trip trip, int stage) {
        synchronized (trip) {
            if (trip.stage != stage - 1) {
                return CompletableFuture.completedFuture(null);
            }
            trip.stage = -stage; // in flight
        }
        String body = "{}";
        if (stage == 3) {
            var code = handoffCodes.get(trip.order);
            if (code == null) {
                trip.stage = 2;
                return CompletableFuture.completedFuture(null);
            }
            body = "{\"code\":\"" + code + "\"}";
        }
        var suffix =
                switch (stage) {
                    case 1 -> "/arrived";
                    case 2 -> "/picked-up";
                    default -> "/handoff";
                };
        return call(STEPS[stage - 1], trip.rider, trip.path + suffix, body).thenAccept(ok -> {
            trip.stage = ok ? stage : stage - 1;
            if (ok && stage == 3) {
                delivered.incrementAndGet();
                trips.remove(trip.order);
            }
        });
    }

    /** Customers whose orders' riders pick up but hand over only when the run ends (their tracking shows a rider). */
    public void hold(java.util.Collection<UUID> customers) {
        held.addAll(customers);
    }

    /**
     * Ends every trip still under way (the held ones too) at once, so the riders of this run are free for the next;
     * waits at most a minute.
     */
    public void finish() {
        later.shutdownNow();
        var ends = new ArrayList<CompletableFuture<Void>>();
        for (var trip : trips.values()) {
            ends.add(advance(trip, 1).thenCompose(done -> advance(trip, 2)).thenCompose(done -> advance(trip, 3)));
        }
        try {
            CompletableFuture.allOf(ends.toArray(CompletableFuture[]::new)).get(1, TimeUnit.MINUTES);
        } catch (Exception e) {
            System.err.println("rider app: not every delivery could be finished: " + e);
        }
    }

    /** Sends one of the rider's calls; completes with whether it was answered 2xx. */
    private CompletableFuture<Boolean> call(String what, Rider rider, String path, String body) {
        var request = HttpRequest.newBuilder(gateway.resolve(path))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + rider.token())
                .header("X-Forwarded-For", rider.client())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        long began = System.nanoTime();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, e) -> {
            callMillis
                    .computeIfAbsent(what, k -> new ConcurrentLinkedQueue<>())
                    .add((System.nanoTime() - began) / 1_000_000);
            boolean ok = e == null && response.statusCode() / 100 == 2;
            if (!ok) {
                callFailures
                        .computeIfAbsent(what, k -> new ConcurrentHashMap<>())
                        .computeIfAbsent(
                                e != null ? e.getClass().getSimpleName() : Integer.toString(response.statusCode()),
                                k -> new AtomicLong())
                        .incrementAndGet();
            }
            return ok;
        });
    }

    /** The riders' refreshed sessions. */
    public void update(Map<UUID, Rider> refreshed) {
        riders.putAll(refreshed);
    }

    /** Dispatch of the orders accepted within {@code [from, to)}: latencies of those assigned, and how many were not. */
    public record Dispatch(Latencies toAssigned, Latencies toFirstOffer, long accepted, long unassigned) {}

    public Dispatch dispatch(Instant from, Instant to) {
        var toAssigned = new ArrayList<Long>();
        var toOffer = new ArrayList<Long>();
        long count = 0;
        long unassigned = 0;
        for (var entry : accepted.entrySet()) {
            var at = entry.getValue();
            if (at.isBefore(from) || !at.isBefore(to)) {
                continue;
            }
            count++;
            var riderAt = assigned.get(entry.getKey());
            if (riderAt == null) {
                unassigned++;
            } else {
                toAssigned.add(Duration.between(at, riderAt).toMillis());
            }
            var offerAt = firstOffered.get(entry.getKey());
            if (offerAt != null) {
                toOffer.add(Duration.between(at, offerAt).toMillis());
            }
        }
        return new Dispatch(Latencies.of(toAssigned), Latencies.of(toOffer), count, unassigned);
    }

    /** The app's own calls through the gateway: per kind, latencies (ms) and failures by status. */
    public record Calls(Latencies latencies, Map<String, Long> failures) {}

    public Map<String, Calls> calls() {
        var calls = new TreeMap<String, Calls>();
        callMillis.forEach((what, millis) -> {
            var failures = new TreeMap<String, Long>();
            callFailures.getOrDefault(what, Map.of()).forEach((status, n) -> failures.put(status, n.get()));
            calls.put(what, new Calls(Latencies.of(List.copyOf(millis)), failures));
        });
        return calls;
    }

    /** Counts worth a line in the summary: offers to riders the app does not speak for, expiries, deliveries. */
    public String notes() {
        return String.format(
                "offers to riders not online in this run %d, offers expired %d, unassignable %d, delivered %d",
                offersToOthers.get(), expired.get(), unassignable.get(), delivered.get());
    }

    /** Waits until the orders accepted before {@code to} have their rider, or {@code patience} is over. */
    public void awaitAssigned(Instant to, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            boolean waiting = accepted.entrySet().stream()
                    .anyMatch(e -> e.getValue().isBefore(to) && !assigned.containsKey(e.getKey()));
            if (!waiting) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }

    private static UUID uuid(JsonNode event, String field) {
        return UUID.fromString(event.get(field).asString());
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        var count = new AtomicLong();
        return runnable -> {
            var thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            reader.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        consumer.close(Duration.ofSeconds(5));
        later.shutdownNow();
    }
}
