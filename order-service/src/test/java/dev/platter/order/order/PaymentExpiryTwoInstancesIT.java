package dev.platter.order.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.platter.order.OrderServiceIT;
import dev.platter.platform.events.PaymentMethod;
import dev.platter.platform.events.Topics;
import dev.platter.platform.test.ServiceProcess;
import dev.platter.platform.test.TopicReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A second order-service instance (the built jar, same database and topics) polls the same deadlines as the one under
 * test: every unpaid order expires exactly once, whichever instance fires it.
 */
class PaymentExpiryTwoInstancesIT extends OrderServiceIT {

    private static ServiceProcess second;
    private static TopicReader orderEvents;

    @Autowired
    OrderLifecycle lifecycle;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startSecondInstance() {
        second = anotherInstance();
        orderEvents = TopicReader.of(Topics.ORDERS);
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (orderEvents != null) {
            orderEvents.close();
        }
    }

    @Test
    void expiresEveryUnpaidOrderExactlyOnceWithTwoInstancesPolling() {
        var customer = customer();
        var orders = new ArrayList<UUID>();
        for (int i = 0; i < 12; i++) {
            orders.add(lifecycle
                    .create(OrderMother.newOrder(customer.id(), UUID.randomUUID(), PaymentMethod.CASH))
                    .id());
        }

        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from orders where customer_id = ? and status = 'CANCELLED'",
                                Integer.class,
                                customer.id())
                        == orders.size());
        assertExpiredExactlyOnce(orderEvents, jdbc, orders);
        for (var orderId : orders) {
            assertThat(jdbc.queryForObject(
                            "select count(*) from platform_deadline where kind = ? and subject = ?",
                            Integer.class,
                            OrderLifecycle.PAYMENT_EXPIRY,
                            orderId.toString()))
                    .isZero();
        }
    }
}
