package dev.platter.order.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.platter.order.OrderServiceIT;
import dev.platter.platform.events.PaymentMethod;
import dev.platter.platform.events.Topics;
import dev.platter.platform.test.ServiceProcess;
import dev.platter.platform.test.TopicReader;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The payment expiry outlives the process that would have fired it: the only polling instance (the built jar) is
 * killed before the orders are due, nothing fires while it is down, and once it is started again every order expires,
 * exactly once. The instance under test stores the orders but does not poll.
 */
class PaymentExpiryRestartIT extends OrderServiceIT {

    private static ServiceProcess poller;
    private static TopicReader orderEvents;

    @Autowired
    OrderLifecycle lifecycle;

    @Autowired
    OrderRepository orders;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @DynamicPropertySource
    static void storeButDoNotPoll(DynamicPropertyRegistry registry) {
        registry.add("platter.deadlines.poll-interval", () -> "1h");
        registry.add("platter.orders.payment-window", () -> "6s");
    }

    @BeforeAll
    static void startThePoller() {
        poller = anotherInstance();
        orderEvents = TopicReader.of(Topics.ORDERS);
    }

    @AfterAll
    static void stop() {
        if (poller != null) {
            poller.close();
        }
        if (orderEvents != null) {
            orderEvents.close();
        }
    }

    private long cancelled(UUID customerId) {
        return jdbc.queryForObject(
                "select count(*) from orders where customer_id = ? and status = 'CANCELLED'", Long.class, customerId);
    }

    @Test
    void expiresEveryUnpaidOrderOnceWhenThePollingInstanceComesBackAfterACrash() {
        var customer = customer();
        var created = new ArrayList<Order>();
        for (int i = 0; i < 5; i++) {
            created.add(lifecycle.create(OrderMother.newOrder(customer.id(), UUID.randomUUID(), PaymentMethod.CASH)));
        }
        poller.kill();

        var due = created.stream()
                .map(Order::paymentExpiresAt)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        await().atMost(Duration.ofSeconds(30)).until(() -> clock.instant().isAfter(due.plusSeconds(1)));
        assertThat(cancelled(customer.id()))
                .as("nothing fires while no instance polls")
                .isZero();

        poller.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> cancelled(customer.id()) == created.size());
        assertExpiredExactlyOnce(
                orderEvents, jdbc, created.stream().map(Order::id).toList());
    }
}
