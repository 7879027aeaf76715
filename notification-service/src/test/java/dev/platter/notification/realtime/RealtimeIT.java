package dev.platter.notification.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.platter.notification.NotificationServiceIT;
import dev.platter.notification.PlatterEvents;
import dev.platter.platform.test.TestTokens;
import dev.platter.platform.test.WsClient;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The WebSocket hub: each follows only their own orders, restaurants and offers, live and in order; replay. */
class RealtimeIT extends NotificationServiceIT {

    /** An order the replica knows, so its customer may follow it. */
    private UUID knownOrder(UUID customerId, UUID restaurantId) {
        var order = UUID.randomUUID();
        publish(PlatterEvents.created(order, customerId, restaurantId));
        await().until(() -> jdbc.sql("select count(*) from order_party where order_id = ?")
                        .param(order)
                        .query(Integer.class)
                        .single()
                == 1);
        return order;
    }

    @Test
    void aCustomerFollowsTheirOrdersStatusAndRiderPositionInOrder() {
        var asha = customer();
        var restaurant = UUID.randomUUID();
        var rider = UUID.randomUUID();
        var order = knownOrder(asha.id(), restaurant);
        try (var app = WsClient.connect(port, asha.token())) {
            assertThat(app.subscribeAndAwait("order:" + order)).isEqualTo("subscribed");

            publish(
                    PlatterEvents.placed(order, asha.id(), restaurant),
                    PlatterEvents.accepted(order, asha.id(), restaurant),
                    PlatterEvents.preparing(order, asha.id(), restaurant));
            publish(
                    PlatterEvents.position(order, rider, 1, 12.960),
                    PlatterEvents.position(order, rider, 2, 12.962),
                    PlatterEvents.position(order, rider, 3, 12.964));
            publish(PlatterEvents.pickedUp(order, asha.id(), restaurant, rider));

            var stream = "order:" + order;
            await().until(() -> app.events(stream).size() == 7);
            var statuses = app.eventTypes(stream).stream()
                    .filter(type -> type.startsWith("Order"))
                    .toList();
            assertThat(statuses).containsExactly("OrderPlaced", "OrderAccepted", "OrderPreparing", "OrderPickedUp");
            var positions = app.events(stream).stream()
                    .filter(m -> m.get("event").asString().equals("RiderLocationUpdated"))
                    .map(m -> m.get("data").get("position").get("lat").asDouble())
                    .toList();
            assertThat(positions).containsExactly(12.960, 12.962, 12.964);
            var accepted = app.events(stream).stream()
                    .filter(m -> m.get("event").asString().equals("OrderAccepted"))
                    .findFirst()
                    .orElseThrow();
            assertThat(accepted.get("data").get("readyAt").asString()).isEqualTo("2026-12-03T14:30:00Z");
            assertThat(accepted.get("id").asString()).isNotBlank();
        }
    }

    @Test
    void refusesSomeoneElsesOrderAndAnUnknownOne() {
        var asha = customer();
        var ravi = customer();
        var restaurant = UUID.randomUUID();
        var ashasOrder = knownOrder(asha.id(), restaurant);
        try (var app = WsClient.connect(port, ravi.token())) {
            assertThat(app.subscribeAndAwait("order:" + ashasOrder)).isEqualTo("refused");
            assertThat(app.subscribeAndAwait("order:" + UUID.randomUUID())).isEqualTo("refused");

            publish(PlatterEvents.placed(ashasOrder, asha.id(), restaurant));
            try (var ashasApp = WsClient.connect(port, asha.token())) {
                assertThat(ashasApp.subscribeAndAwait("order:" + ashasOrder)).isEqualTo("subscribed");
                publish(PlatterEvents.accepted(ashasOrder, asha.id(), restaurant));
                await().until(() -> ashasApp.eventTypes("order:" + ashasOrder).contains("OrderAccepted"));
            }
            assertThat(app.events("order:" + ashasOrder)).isEmpty();
        }
    }

    @Test
    void anOwnerFollowsTheirRestaurantsTicketsAndNobodyElses() {
        var owner = owner();
        var otherOwner = owner();
        var restaurant = UUID.randomUUID();
        knownRestaurant(restaurant, owner.id());
        try (var dashboard = WsClient.connect(port, owner.token());
                var other = WsClient.connect(port, otherOwner.token());
                var customerApp = WsClient.connect(port, customer().token())) {
            assertThat(dashboard.subscribeAndAwait("restaurant:" + restaurant)).isEqualTo("subscribed");
            assertThat(other.subscribeAndAwait("restaurant:" + restaurant)).isEqualTo("refused");
            assertThat(customerApp.subscribeAndAwait("restaurant:" + restaurant))
                    .isEqualTo("refused");

            var order = UUID.randomUUID();
            publish(PlatterEvents.ticketOpened(order, restaurant, owner.id()));

            await().until(() -> dashboard.eventTypes("restaurant:" + restaurant).contains("TicketOpened"));
            var ticket = dashboard.events("restaurant:" + restaurant).get(0);
            assertThat(ticket.get("data").get("orderId").asString()).isEqualTo(order.toString());
        }
    }

    @Test
    void aRiderGetsTheirOffersTheMomentTheyAreMade() {
        var rider = rider();
        var otherRider = rider();
        try (var driverApp = WsClient.connect(port, rider.token());
                var nosy = WsClient.connect(port, otherRider.token())) {
            assertThat(driverApp.subscribeAndAwait("rider:" + rider.id())).isEqualTo("subscribed");
            assertThat(nosy.subscribeAndAwait("rider:" + rider.id())).isEqualTo("refused");

            var offer = PlatterEvents.offered(UUID.randomUUID(), rider.id(), UUID.randomUUID());
            publish(offer);

            await().atMost(Duration.ofSeconds(10))
                    .until(() -> driverApp.eventTypes("rider:" + rider.id()).contains("DeliveryOffered"));
            var received = driverApp.events("rider:" + rider.id()).get(0);
            assertThat(received.get("data").get("offerId").asString())
                    .isEqualTo(offer.offerId().toString());
            assertThat(received.toString()).doesNotContain("handoffCode");
        }
    }

    @Test
    void replaysWhatAReconnectingClientMissed() {
        var asha = customer();
        var restaurant = UUID.randomUUID();
        var order = knownOrder(asha.id(), restaurant);
        var stream = "order:" + order;
        Instant disconnectedAt;
        try (var app = WsClient.connect(port, asha.token())) {
            assertThat(app.subscribeAndAwait(stream)).isEqualTo("subscribed");
            publish(PlatterEvents.placed(order, asha.id(), restaurant));
            await().until(() -> app.events(stream).size() == 1);
            disconnectedAt = Instant.parse(app.events(stream).get(0).get("at").asString());
        }
        // while the app is away, another of Asha's devices watches, so we know when the updates went out
        try (var watcher = WsClient.connect(port, asha.token())) {
            assertThat(watcher.subscribeAndAwait(stream)).isEqualTo("subscribed");
            publish(
                    PlatterEvents.accepted(order, asha.id(), restaurant),
                    PlatterEvents.preparing(order, asha.id(), restaurant));
            await().until(() -> watcher.eventTypes(stream).contains("OrderPreparing"));
        }

        try (var back = WsClient.connect(port, asha.token())) {
            back.subscribe(stream, disconnectedAt);
            await().until(() -> back.events(stream).size() == 2);
            assertThat(back.eventTypes(stream)).containsExactly("OrderAccepted", "OrderPreparing");
        }
    }

    @Test
    void refusesTheUpgradeWithoutAValidAccessToken() {
        assertThat(WsClient.handshakeStatus(port, null)).isEqualTo(401);
        assertThat(WsClient.handshakeStatus(port, TestTokens.token().signWithStrangerKey()))
                .isEqualTo(401);
        assertThat(WsClient.handshakeStatus(
                        port, TestTokens.token().type("refresh").sign()))
                .isEqualTo(401);
        assertThat(WsClient.handshakeStatus(port, customer().token())).isEqualTo(101);
    }

    @Test
    void answersAMalformedCommandWithAnError() {
        try (var app = WsClient.connect(port, customer().token())) {
            app.send(java.util.Map.of("action", "dance"));
            app.send(java.util.Map.of("action", "subscribe", "stream", "kitchen:everything"));
            await().until(() -> app.received(m -> m.path("type").asString("").equals("error"))
                            .size()
                    == 2);
        }
    }
}
