package dev.platter.notification.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.platter.notification.NotificationServiceApplication;
import dev.platter.notification.NotificationServiceIT;
import dev.platter.notification.PlatterEvents;
import dev.platter.notification.Providers;
import dev.platter.platform.test.RunProperties;
import dev.platter.platform.test.WsClient;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the service sharing the database, Kafka group and Redis of this run: whichever instance consumes
 * an event, every subscriber gets it, whichever instance holds their connection.
 */
class TwoInstancesIT extends NotificationServiceIT {

    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startSecondInstance() {
        Map<String, String> properties = new HashMap<>(
                RunProperties.forService("platter_notification", "platter_notification", "platter_notification"));
        properties.putAll(Providers.properties());
        properties.put("server.port", "0");
        properties.put("platter.notifications.delivery.poll-interval", "100ms");
        // as command-line arguments, so they win over application.yml as the test context's properties do
        second = new SpringApplicationBuilder(NotificationServiceApplication.class)
                .run(properties.entrySet().stream()
                        .map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                        .toArray(String[]::new));
    }

    @AfterAll
    static void stopSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    private static int secondPort() {
        return Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));
    }

    @Test
    void everySubscriberGetsTheirMessagesWhicheverInstanceHoldsTheConnection() {
        var asha = customer();
        var ravi = customer();
        var restaurant = UUID.randomUUID();
        // orders of both, on Kafka partitions that either instance may own
        var ashasOrders = new java.util.ArrayList<UUID>();
        var ravisOrders = new java.util.ArrayList<UUID>();
        for (int i = 0; i < 3; i++) {
            ashasOrders.add(UUID.randomUUID());
            ravisOrders.add(UUID.randomUUID());
            publish(PlatterEvents.created(ashasOrders.get(i), asha.id(), restaurant));
            publish(PlatterEvents.created(ravisOrders.get(i), ravi.id(), restaurant));
        }
        await().until(() -> jdbc.sql("select count(*) from order_party where customer_id in (?, ?)")
                        .params(asha.id(), ravi.id())
                        .query(Integer.class)
                        .single()
                == 6);

        try (var onFirst = WsClient.connect(port, asha.token());
                var onSecond = WsClient.connect(secondPort(), ravi.token())) {
            for (var order : ashasOrders) {
                assertThat(onFirst.subscribeAndAwait("order:" + order)).isEqualTo("subscribed");
            }
            for (var order : ravisOrders) {
                assertThat(onSecond.subscribeAndAwait("order:" + order)).isEqualTo("subscribed");
            }
            for (int i = 0; i < 3; i++) {
                publish(PlatterEvents.accepted(ashasOrders.get(i), asha.id(), restaurant));
                publish(PlatterEvents.accepted(ravisOrders.get(i), ravi.id(), restaurant));
            }

            await().until(() -> ashasOrders.stream()
                    .allMatch(order -> onFirst.eventTypes("order:" + order).contains("OrderAccepted")));
            await().until(() -> ravisOrders.stream()
                    .allMatch(order -> onSecond.eventTypes("order:" + order).contains("OrderAccepted")));
            assertThat(ravisOrders).allSatisfy(order -> assertThat(onFirst.events("order:" + order))
                    .isEmpty());
            assertThat(ashasOrders).allSatisfy(order -> assertThat(onSecond.events("order:" + order))
                    .isEmpty());
        }
    }

    @Test
    void aRepeatedEventIsNotifiedOnceAcrossBothInstances() {
        var asha = customer();
        var restaurant = UUID.randomUUID();
        knownRestaurant(restaurant, UUID.randomUUID());
        knownUser(asha.id(), mailbox("asha"), null, "en");
        var placed = PlatterEvents.placed(UUID.randomUUID(), asha.id(), restaurant);
        publish(placed, placed);

        awaitNotification(asha.id(), "EMAIL", "OrderPlaced", "SENT");
        var later = PlatterEvents.accepted(placed.orderId(), asha.id(), restaurant);
        publish(later);
        awaitNotification(asha.id(), "EMAIL", "OrderAccepted", "SENT");
        assertThat(jdbc.sql("select count(*) from notification where event_id = ?")
                        .param(placed.eventId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
    }
}
