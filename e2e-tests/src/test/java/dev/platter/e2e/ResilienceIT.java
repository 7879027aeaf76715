package dev.platter.e2e;

import static dev.platter.e2e.client.City.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.e2e.client.Api;
import dev.platter.e2e.client.City;
import dev.platter.e2e.client.City.Customer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The platform under failure, with a ledger of what it acknowledged. Customers check out as an app does: each with
 * one {@code Idempotency-Key}, retrying with the same key until an answer comes. order-service is killed (SIGKILL)
 * in the middle of a batch and started again; Kafka is stopped for 30 s under load and started again. At the end,
 * every acknowledged order exists exactly once, is the only order of its customer, and reaches a final state
 * (the restaurant lets every ticket time out, so each placed order ends REJECTED through the whole event chain).
 */
@Order(Integer.MAX_VALUE)
class ResilienceIT {

    private static final Duration SETTLE = Duration.ofSeconds(180);
    private static final Set<String> FINAL = Set.of("DELIVERED", "CANCELLED", "REJECTED");

    private static final ExecutorService APPS = Executors.newFixedThreadPool(4);

    @AfterAll
    static void stopApps() {
        APPS.shutdownNow();
    }

    /** What the platform answered to one customer's checkout. */
    private record Acknowledged(Customer customer, String key, String orderId, Instant at) {}

    @Test
    void losesNoAcknowledgedOrderWhenOrderServiceIsKilledMidBatch() throws Exception {
        var town = new Town("Charminar Biryani Co");
        var customers = customers(town, 24);
        var answered = new AtomicInteger();
        var ledger = new ConcurrentHashMap<String, Acknowledged>();

        var checkouts = new ArrayList<Future<?>>();
        for (var customer : customers) {
            checkouts.add(APPS.submit(() -> {
                var acknowledged = checkoutUntilAnswered(town, customer);
                ledger.put(customer.session().email(), acknowledged);
                answered.incrementAndGet();
            }));
        }
        eventually("a third of the batch to be answered", SETTLE, () -> answered.get() >= 8);
        town.platform.orders.kill();
        var answeredBeforeTheCrash = answered.get();
        town.platform.orders.start();
        for (var checkout : checkouts) {
            checkout.get(SETTLE.toSeconds(), TimeUnit.SECONDS);
        }

        assertThat(answeredBeforeTheCrash)
                .as("the crash came in the middle of the batch")
                .isLessThan(customers.size());
        assertThat(ledger).hasSize(customers.size());
        assertEveryAcknowledgedOrderIsAloneAndFinal(town, ledger.values());
    }

    @Test
    void keepsTakingOrdersWhileKafkaIsDownAndDrainsOnceItIsBack() throws Exception {
        var town = new Town("Dum Pukht Express");
        var customers = customers(town, 16);
        var ledger = new ConcurrentHashMap<String, Acknowledged>();
        var platform = new PlatformScript();

        // half the orders before the outage, half while Kafka is down
        for (var customer : customers.subList(0, 4)) {
            ledger.put(customer.session().email(), checkoutUntilAnswered(town, customer));
        }
        platform.run("stop", "kafka");
        Instant back;
        try {
            assertThat(kafkaListening())
                    .as("Kafka is still listening after ./platform stop kafka: it was not started by ./platform, so"
                            + " this journey cannot take it down")
                    .isFalse();
            var outageEnds = Instant.now().plusSeconds(30);
            var during = new ArrayList<Future<?>>();
            for (var customer : customers.subList(4, customers.size())) {
                during.add(APPS.submit(() -> {
                    // checkout answers with Kafka down: the order and its events wait in the outbox
                    var reply = town.platform
                            .api()
                            .send(
                                    "POST",
                                    "/api/v1/orders",
                                    customer.token(),
                                    City.checkoutBody(customer, "CASH", Map.of()),
                                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
                    var order = reply.expect(201).get("order");
                    ledger.put(
                            customer.session().email(),
                            new Acknowledged(customer, "", order.get("id").asString(), Instant.now()));
                }));
            }
            for (var checkout : during) {
                checkout.get(60, TimeUnit.SECONDS);
            }
            eventually("the outage to last 30 s", Duration.ofSeconds(45), () -> Instant.now()
                    .isAfter(outageEnds));
            assertThat(kafkaListening())
                    .as("Kafka stayed down for the whole outage")
                    .isFalse();
        } finally {
            platform.run("start", "kafka");
            back = Instant.now();
        }
        assertThat(ledger).hasSize(customers.size());
        assertThat(ledger.values()).filteredOn(a -> a.at().isBefore(back)).hasSize(customers.size());
        assertEveryAcknowledgedOrderIsAloneAndFinal(town, ledger.values());
    }

    /** Customers of the town, each with a cart ready to check out (cash, so each order is placed at once). */
    private static List<Customer> customers(Town town, int count) {
        var customers = new ArrayList<Customer>();
        for (int i = 0; i < count; i++) {
            var customer = town.customer("Diner " + i);
            town.city.addToCart(
                    customer, town.restaurant.id(), town.lassi.get("id").asString(), 2, List.of());
            customers.add(customer);
        }
        return customers;
    }

    /**
     * One checkout as an app makes it: one key, the same request again until the platform answers it (an order
     * service that is down, restarting or behind an open breaker answers 5xx or not at all).
     */
    private static Acknowledged checkoutUntilAnswered(Town town, Customer customer) {
        var key = UUID.randomUUID().toString();
        var body = City.checkoutBody(customer, "CASH", Map.of());
        var order = eventually("checkout of " + customer.session().email() + " to be answered", SETTLE, () -> {
            Api.Reply reply;
            try {
                reply = town.platform
                        .api()
                        .send("POST", "/api/v1/orders", customer.token(), body, Map.of("Idempotency-Key", key));
            } catch (UncheckedIOException connectionLost) {
                return null;
            }
            if (reply.status() >= 500 || reply.status() == 409) {
                return null; // not answered: down, restarting, or the first try of this key still holds it
            }
            return reply.expect(201).get("order");
        });
        return new Acknowledged(customer, key, order.get("id").asString(), Instant.now());
    }

    private static void assertEveryAcknowledgedOrderIsAloneAndFinal(Town town, Iterable<Acknowledged> ledger) {
        for (var acknowledged : ledger) {
            var customer = acknowledged.customer();
            var orders = town.platform
                    .api()
                    .get("/api/v1/orders?size=100", customer.token())
                    .expect(200)
                    .get("items");
            assertThat(orders.findValuesAsString("id"))
                    .as("the orders of %s", customer.session().email())
                    .containsExactly(acknowledged.orderId());
        }
        for (var acknowledged : ledger) {
            eventually(
                    "order " + acknowledged.orderId() + " to reach a final state",
                    SETTLE,
                    () -> FINAL.contains(town.city
                            .order(acknowledged.customer(), acknowledged.orderId())
                            .get("status")
                            .asString()));
        }
        for (var acknowledged : ledger) {
            var order = town.city.order(acknowledged.customer(), acknowledged.orderId());
            // placed (the payment authorised, the ticket opened) before the restaurant let it time out
            assertThat(order.get("timeline").findValuesAsString("status"))
                    .as("the timeline of %s", acknowledged.orderId())
                    .containsSubsequence("PENDING_PAYMENT", "PLACED", "REJECTED");
        }
    }

    private static boolean kafkaListening() {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 9092), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The repository's {@code ./platform} script, to stop and start a part of the infrastructure. */
    private static final class PlatformScript {

        private final Path root = repositoryRoot();

        void run(String... arguments) {
            var command = new ArrayList<String>();
            command.add(root.resolve("platform").toString());
            command.addAll(List.of(arguments));
            try {
                var log = Path.of("target", "platform-" + String.join("-", arguments) + ".log");
                Files.createDirectories(log.toAbsolutePath().getParent());
                var process = new ProcessBuilder(command)
                        .directory(root.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
                if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    process.destroyForcibly();
                    throw new IllegalStateException(
                            "./platform " + String.join(" ", arguments) + " failed: " + Files.readString(log));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static Path repositoryRoot() {
            for (@Nullable Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
                if (Files.isRegularFile(dir.resolve("platform")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                    return dir;
                }
            }
            throw new IllegalStateException("Not inside the Platter repository");
        }
    }
}
