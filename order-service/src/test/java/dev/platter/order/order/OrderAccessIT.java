package dev.platter.order.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.platter.order.OrderServiceIT;
import dev.platter.platform.events.PaymentMethod;
import dev.platter.platform.events.Topics;
import dev.platter.platform.events.restaurant.RestaurantUpserted;
import dev.platter.platform.test.TestEvents;
import dev.platter.platform.test.TopicReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Who reads and cancels which order: customers only their own (someone else's is 404), owners their restaurants'
 * (from the RestaurantUpserted replica), riders the ones they deliver (never the handoff code), admins any, with
 * search and cancellation with a refund. Illegal commands are 409 and change nothing; unknown fields are refused.
 */
class OrderAccessIT extends OrderServiceIT {

    private static TopicReader orderEvents;

    @Autowired
    OrderLifecycle lifecycle;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeAll
    static void readEvents() {
        orderEvents = TopicReader.of(Topics.ORDERS);
    }

    @AfterAll
    static void close() {
        orderEvents.close();
    }

    private Order placed(Person customer, UUID restaurantId) {
        var order = lifecycle.create(OrderMother.newOrder(customer.id(), restaurantId, PaymentMethod.CARD));
        TestEvents.publish(OrderMother.paymentAuthorized(order));
        awaitStatus(customer, order.id(), "PLACED");
        return order;
    }

    private Order accepted(Person customer, UUID restaurantId) {
        var order = placed(customer, restaurantId);
        TestEvents.publish(OrderMother.ticketAccepted(order));
        awaitStatus(customer, order.id(), "ACCEPTED");
        return order;
    }

    private JsonNode view(Person customer, UUID orderId) throws Exception {
        return ok(get("/api/v1/orders/" + orderId, customer.token()), 200);
    }

    private JsonNode awaitStatus(Person customer, UUID orderId, String status) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> view(customer, orderId), order -> order.get("status")
                .asString()
                .equals(status));
    }

    private static RestaurantUpserted spiceGardenOwnedBy(UUID restaurantId, UUID ownerId, long version) {
        return new RestaurantUpserted(
                UUID.randomUUID(),
                Instant.now(),
                restaurantId,
                version,
                ownerId,
                "Spice Garden",
                null,
                OrderMother.SPICE_GARDEN,
                "Asia/Kolkata",
                List.of("North Indian"),
                "INR",
                5000,
                OrderMother.inr(19900),
                20,
                List.of(),
                true,
                null);
    }

    @Test
    void aCustomerSeesOnlyTheirOwnOrdersNewestFirst() throws Exception {
        var asha = customer();
        var bala = customer();
        var first = placed(asha, UUID.randomUUID());
        var second = placed(asha, UUID.randomUUID());
        var balas = placed(bala, UUID.randomUUID());

        var history = ok(get("/api/v1/orders?size=10", asha.token()), 200);
        assertThat(history.get("items").valueStream().map(o -> o.get("id").asString()))
                .containsExactly(second.id().toString(), first.id().toString());
        assertThat(history.get("totalItems").asLong()).isEqualTo(2);

        var notHers = get("/api/v1/orders/" + balas.id(), asha.token());
        assertThat(notHers.statusCode()).isEqualTo(404);
        assertThat(problemType(notHers)).endsWith("/not-found");
        var cancel = post("/api/v1/orders/" + balas.id() + "/cancel", asha.token(), Map.of());
        assertThat(cancel.statusCode()).isEqualTo(404);
        assertThat(view(bala, balas.id()).get("status").asString()).isEqualTo("PLACED");
    }

    @Test
    void refusesACustomerCancellationAfterAcceptanceAndChangesNothing() throws Exception {
        var asha = customer();
        var order = accepted(asha, UUID.randomUUID());
        var before = view(asha, order.id());

        var refused = post("/api/v1/orders/" + order.id() + "/cancel", asha.token(), Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(problemType(refused)).endsWith("/illegal-transition");
        assertThat(view(asha, order.id())).isEqualTo(before);
        assertThat(recordsOf(orderEvents, order.id(), "OrderCancelled")).isEmpty();
    }

    @Test
    void refusesUnknownFieldsOnCommands() throws Exception {
        var asha = customer();
        var order = placed(asha, UUID.randomUUID());
        var sneaky = post(
                "/api/v1/orders/" + order.id() + "/cancel",
                asha.token(),
                Map.of("note", "bye", "status", "DELIVERED", "refund", Map.of("amountMinor", 999999)));
        assertThat(sneaky.statusCode()).isEqualTo(400);
        assertThat(problemType(sneaky)).endsWith("/unknown-field");
        assertThat(view(asha, order.id()).get("status").asString()).isEqualTo("PLACED");
    }

    @Test
    void anOwnerReadsTheirRestaurantsOrdersWithoutTheHandoffCode() throws Exception {
        var owner = owner();
        var stranger = owner();
        var restaurantId = UUID.randomUUID();
        TestEvents.publish(spiceGardenOwnedBy(restaurantId, owner.id(), 3));
        // an older profile arriving late does not hand the restaurant to someone else
        var stale = spiceGardenOwnedBy(restaurantId, stranger.id(), 2);
        TestEvents.publish(stale);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from platform_inbox where event_id = ?",
                                Integer.class,
                                stale.eventId())
                        == 1);
        var asha = customer();
        var order = placed(asha, restaurantId);
        var pending = lifecycle.create(OrderMother.newOrder(asha.id(), restaurantId, PaymentMethod.CARD));

        var list = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> ok(get("/api/v1/orders/restaurant", owner.token()), 200),
                        page -> page.get("totalItems").asLong() == 1);
        var seen = list.get("items").get(0);
        assertThat(seen.get("id").asString())
                .as("paid orders only")
                .isEqualTo(order.id().toString());
        assertThat(seen.get("customerName").asString()).isEqualTo("Asha Rao");
        assertThat(seen.get("handoffCode").isNull()).isTrue();
        var one = ok(get("/api/v1/orders/restaurant/" + order.id(), owner.token()), 200);
        assertThat(one.get("handoffCode").isNull()).isTrue();
        assertThat(get("/api/v1/orders/restaurant/" + pending.id(), owner.token())
                        .statusCode())
                .as("visible one by one")
                .isEqualTo(200);

        assertThat(get("/api/v1/orders/restaurant/" + order.id(), stranger.token())
                        .statusCode())
                .isEqualTo(404);
        assertThat(ok(get("/api/v1/orders/restaurant", stranger.token()), 200)
                        .get("totalItems")
                        .asLong())
                .isZero();
        assertThat(get("/api/v1/orders/" + order.id(), owner.token()).statusCode())
                .as("the customer's view is the customer's")
                .isEqualTo(403);
    }

    @Test
    void aRiderSeesOnlyTheOrdersAssignedToThemAndNeverTheHandoffCode() throws Exception {
        var asha = customer();
        var rider = rider();
        var otherRider = rider();
        var order = accepted(asha, UUID.randomUUID());
        TestEvents.publish(OrderMother.riderAssigned(order.id(), order.restaurantId(), asha.id(), rider.id()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> get("/api/v1/orders/deliveries/" + order.id(), rider.token())
                                .statusCode()
                        == 200);

        var response = get("/api/v1/orders/deliveries/" + order.id(), rider.token());
        var seen = ok(response, 200);
        var code = view(asha, order.id()).get("handoffCode").asString();
        assertThat(response.body()).doesNotContain("handoffCode").doesNotContain("\"" + code + "\"");
        assertThat(seen.get("pickupAddress").get("line1").asString()).isEqualTo("12 MG Road");
        assertThat(seen.get("items").get(0).get("name").asString()).isEqualTo("Margherita");
        var list = get("/api/v1/orders/deliveries", rider.token());
        assertThat(ok(list, 200).get("totalItems").asLong()).isEqualTo(1);
        assertThat(list.body()).doesNotContain("handoffCode");

        assertThat(get("/api/v1/orders/deliveries/" + order.id(), otherRider.token())
                        .statusCode())
                .isEqualTo(404);
        assertThat(get("/api/v1/orders/" + order.id(), rider.token()).statusCode())
                .isEqualTo(403);
    }

    @Test
    void anAdminFindsAnyOrderAndCancelsAnAcceptedOneWithAPartialRefund() throws Exception {
        var asha = customer();
        var admin = admin();
        var restaurantId = UUID.randomUUID();
        var order = accepted(asha, restaurantId);
        var other = placed(customer(), restaurantId);

        var found =
                ok(get("/api/v1/admin/orders?restaurantId=" + restaurantId + "&status=ACCEPTED", admin.token()), 200);
        assertThat(found.get("items").valueStream().map(o -> o.get("id").asString()))
                .containsExactly(order.id().toString());
        var byCustomer = ok(
                get(
                        "/api/v1/admin/orders?customerId=" + asha.id() + "&from="
                                + Instant.now().minusSeconds(3600) + "&to="
                                + Instant.now().plusSeconds(60),
                        admin.token()),
                200);
        assertThat(byCustomer.get("totalItems").asLong()).isEqualTo(1);
        assertThat(ok(get("/api/v1/admin/orders/" + other.id(), admin.token()), 200)
                        .get("handoffCode")
                        .isNull())
                .isTrue();

        var tooMuch = post(
                "/api/v1/admin/orders/" + order.id() + "/cancel",
                admin.token(),
                Map.of("reason", "RESTAURANT_ISSUE", "refund", Map.of("type", "PARTIAL", "amountMinor", 118091)));
        assertThat(tooMuch.statusCode()).isEqualTo(422);
        assertThat(problemType(tooMuch)).endsWith("/refund-exceeds-total");
        var notAdminReason = post(
                "/api/v1/admin/orders/" + order.id() + "/cancel",
                admin.token(),
                Map.of("reason", "PAYMENT_EXPIRED", "refund", Map.of("type", "FULL")));
        assertThat(notAdminReason.statusCode()).isEqualTo(400);

        var cancelled = ok(
                post(
                        "/api/v1/admin/orders/" + order.id() + "/cancel",
                        admin.token(),
                        Map.of(
                                "reason",
                                "RESTAURANT_ISSUE",
                                "note",
                                "The tandoor broke down",
                                "refund",
                                Map.of("type", "PARTIAL", "amountMinor", 100000))),
                200);
        assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
        var event = eventsOf(orderEvents, order.id(), "OrderCancelled", 1).get(0);
        assertThat(event.get("cancelledBy").asString()).isEqualTo("ADMIN");
        assertThat(event.get("cancelledByUserId").asString())
                .isEqualTo(admin.id().toString());
        assertThat(event.get("cancelledFrom").asString()).isEqualTo("ACCEPTED");
        assertThat(event.get("refund").get("type").asString()).isEqualTo("PARTIAL");
        assertThat(event.get("refund").get("amount").get("amountMinor").asLong())
                .isEqualTo(100000);

        var placedCancel = post(
                "/api/v1/admin/orders/" + other.id() + "/cancel",
                admin.token(),
                Map.of("reason", "OTHER", "refund", Map.of("type", "FULL")));
        assertThat(placedCancel.statusCode())
                .as("an admin cancels only accepted orders")
                .isEqualTo(409);

        assertThat(get("/api/v1/admin/orders", asha.token()).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/admin/orders", null).statusCode()).isEqualTo(401);
    }
}
