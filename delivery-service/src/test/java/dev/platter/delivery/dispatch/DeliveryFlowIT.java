package dev.platter.delivery.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.platter.delivery.DeliveryServiceIT;
import dev.platter.platform.events.order.OrderAccepted;
import dev.platter.platform.events.order.OrderPlaced;
import dev.platter.platform.events.order.OrderTotals;
import dev.platter.platform.events.restaurant.ReviewPublished;
import dev.platter.platform.test.TestEvents;
import dev.platter.platform.test.TopicReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A delivery from acceptance to the handoff on the real events: each step announced once and in order, the handoff
 * code checked and never shown to the rider, cancellation at every stage, repeated events applied once, earnings and
 * ratings, and what the customer may see of the rider.
 */
class DeliveryFlowIT extends DeliveryServiceIT {

    @Autowired
    DeliveryRepository deliveries;

    @Autowired
    JdbcTemplate jdbc;

    /** A rider with the offer of a fresh order in their own scene. */
    private record Offered(Person rider, Person customer, OrderAccepted order, String offerId, String deliveryId) {}

    private Offered offered() throws Exception {
        var scene = scene();
        var rider = onlineRider("Kiran Kumar", scene.at(300, 0));
        var customer = customer();
        var order =
                DeliveryMother.orderAccepted(customer.id(), UUID.randomUUID(), scene.restaurant(), scene.at(0, 2000));
        TestEvents.publish(order);
        var offer = awaitOffer(rider);
        return new Offered(
                rider,
                customer,
                order,
                offer.get("offerId").asString(),
                offer.get("deliveryId").asString());
    }

    private Offered assigned() throws Exception {
        var offered = offered();
        ok(
                post(
                        "/api/v1/riders/me/offers/" + offered.offerId() + "/accept",
                        offered.rider().token(),
                        null),
                200);
        return offered;
    }

    private JsonNode step(Offered delivery, String step) throws Exception {
        return ok(
                post(
                        "/api/v1/riders/me/deliveries/" + delivery.deliveryId() + "/" + step,
                        delivery.rider().token(),
                        null),
                200);
    }

    private int stepStatus(Offered delivery, String step) throws Exception {
        return post(
                        "/api/v1/riders/me/deliveries/" + delivery.deliveryId() + "/" + step,
                        delivery.rider().token(),
                        null)
                .statusCode();
    }

    private Offered pickedUp() throws Exception {
        var delivery = assigned();
        step(delivery, "arrived");
        step(delivery, "picked-up");
        return delivery;
    }

    private java.net.http.HttpResponse<String> handoff(Offered delivery, String code) throws Exception {
        return post(
                "/api/v1/riders/me/deliveries/" + delivery.deliveryId() + "/handoff",
                delivery.rider().token(),
                Map.of("code", code));
    }

    private void assertCancelledTellingTheRider(Offered delivery) {
        var cancelled = eventsOf(deliveryEvents, delivery.order().orderId(), "DeliveryCancelled", 1)
                .get(0);
        assertThat(cancelled.get("riderId").asString())
                .isEqualTo(delivery.rider().id().toString());
        assertThat(cancelled.get("reason").asString()).isEqualTo("ORDER_CANCELLED");
    }

    private DeliveryStatus status(Offered delivery) {
        return deliveries
                .findById(UUID.fromString(delivery.deliveryId()))
                .orElseThrow()
                .status();
    }

    private void publishAndAwaitHandled(dev.platter.platform.events.PlatterEvent event) {
        TestEvents.publish(event);
        await().until(() -> jdbc.queryForObject(
                        "select count(*) from platform_inbox where event_id = ?", Integer.class, event.eventId())
                >= 1);
    }

    @Test
    void walksFromAcceptanceToTheHandoffAnnouncingEachStepOnceInOrder() throws Exception {
        var scene = scene();
        var rider = onlineRider("Kiran Kumar", scene.at(300, 0));
        var customer = customer();
        var order =
                DeliveryMother.orderAccepted(customer.id(), UUID.randomUUID(), scene.restaurant(), scene.at(0, 2000));
        TestEvents.publish(placed(order, 5000));
        TestEvents.publish(order);
        var offer = awaitOffer(rider);
        var delivery = new Offered(
                rider,
                customer,
                order,
                offer.get("offerId").asString(),
                offer.get("deliveryId").asString());

        var responses = new java.util.ArrayList<String>();
        responses.add(get("/api/v1/riders/me/offer", rider.token()).body());
        var accepted = ok(post("/api/v1/riders/me/offers/" + delivery.offerId() + "/accept", rider.token(), null), 200);
        responses.add(accepted.toString());
        assertThat(accepted.get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(accepted.get("customerPhone").asString()).isEqualTo("+919812345678");
        responses.add(step(delivery, "arrived").toString());
        var picked = step(delivery, "picked-up");
        responses.add(picked.toString());
        assertThat(picked.get("status").asString()).isEqualTo("PICKED_UP");
        responses.add(get("/api/v1/riders/me/deliveries/" + delivery.deliveryId(), rider.token())
                .body());
        responses.add(get("/api/v1/riders/me/deliveries", rider.token()).body());
        var delivered = ok(handoff(delivery, DeliveryMother.HANDOFF_CODE), 200);
        responses.add(delivered.toString());
        assertThat(delivered.get("status").asString()).isEqualTo("DELIVERED");

        var quotedCode = "\"" + DeliveryMother.HANDOFF_CODE + "\"";
        assertThat(responses).noneMatch(body -> body.contains(quotedCode) || body.contains("handoffCode"));
        var expected = List.of(
                "DeliveryRequested",
                "DeliveryOffered",
                "RiderAssigned",
                "RiderArrivedAtRestaurant",
                "DeliveryPickedUp",
                "DeliveryCompleted");
        eventsOf(deliveryEvents, order.orderId(), "DeliveryCompleted", 1);
        assertThat(typesOf(deliveryEvents, order.orderId())).containsExactlyElementsOf(expected);
        var records =
                deliveryEvents.matching(record -> order.orderId().toString().equals(record.key()));
        var versions = records.stream()
                .map(record ->
                        JSON.readTree(TopicReader.value(record)).get("version").asLong())
                .toList();
        assertThat(versions).isSorted().doesNotHaveDuplicates();
        assertThat(records)
                .allSatisfy(record -> assertThat(TopicReader.value(record)).doesNotContain(quotedCode))
                .allSatisfy(record ->
                        assertThat(record.headers().lastHeader("__TypeId__")).isNull());
        var assigned =
                eventsOf(deliveryEvents, order.orderId(), "RiderAssigned", 1).get(0);
        assertThat(assigned.get("riderName").asString()).isEqualTo("Kiran Kumar");
        assertThat(Instant.parse(assigned.get("estimatedDeliveryAt").asString()))
                .isAfter(Instant.parse(assigned.get("estimatedPickupAt").asString()));
        var completed = eventsOf(deliveryEvents, order.orderId(), "DeliveryCompleted", 1)
                .get(0);
        assertThat(completed.get("cashCollected").get("amountMinor").asLong()).isEqualTo(118090);

        // base 3000 + 1000 per km of the trip (2 km as the crow flies, times the road factor 1.35) + the tip
        var today = LocalDate.now(ZoneOffset.UTC);
        var earnings = ok(get("/api/v1/riders/me/earnings?from=" + today + "&to=" + today, rider.token()), 200);
        assertThat(earnings.get("deliveries").asInt()).isEqualTo(1);
        var day = earnings.get("days").get(0);
        assertThat(day.get("tips").get("amountMinor").asLong()).isEqualTo(5000);
        assertThat(day.get("pay").get("amountMinor").asLong()).isBetween(5650L, 5750L);
        assertThat(earnings.get("total").get("amountMinor").asLong())
                .isEqualTo(day.get("pay").get("amountMinor").asLong() + 5000);
        var opsView = ok(get("/api/v1/admin/riders/" + rider.id() + "/earnings", admin().token()), 200);
        assertThat(opsView.get("deliveries").asInt()).isEqualTo(1);

        var review = new ReviewPublished(
                UUID.randomUUID(),
                Instant.now(),
                order.restaurantId(),
                1,
                UUID.randomUUID(),
                order.orderId(),
                customer.id(),
                5,
                "Hot and on time",
                4.5,
                20,
                rider.id(),
                5,
                4.8,
                12);
        publishAndAwaitHandled(review);
        publishAndAwaitHandled(new ReviewPublished(
                UUID.randomUUID(),
                Instant.now(),
                order.restaurantId(),
                1,
                UUID.randomUUID(),
                order.orderId(),
                customer.id(),
                3,
                null,
                4.4,
                19,
                rider.id(),
                3,
                4.6,
                11));
        var profile = ok(get("/api/v1/riders/me", rider.token()), 200);
        assertThat(profile.get("ratingAverage").asDouble())
                .as("an older average is ignored")
                .isEqualTo(4.8);
        assertThat(profile.get("ratingCount").asInt()).isEqualTo(12);
    }

    private static OrderPlaced placed(OrderAccepted order, long tipMinor) {
        var inr = DeliveryMother.inr(0);
        var tip = DeliveryMother.inr(tipMinor);
        var total = DeliveryMother.inr(113090 + tipMinor);
        var totals = new OrderTotals(
                DeliveryMother.inr(105800),
                DeliveryMother.inr(2000),
                DeliveryMother.inr(3000),
                DeliveryMother.inr(2290),
                tip,
                inr,
                total,
                inr,
                total,
                null);
        return new OrderPlaced(
                UUID.randomUUID(),
                Instant.now(),
                order.orderId(),
                2,
                order.customerId(),
                order.restaurantId(),
                order.customerName(),
                List.of(new dev.platter.platform.events.order.LineItem(
                        UUID.randomUUID(),
                        "Margherita",
                        1,
                        DeliveryMother.inr(105800),
                        List.of(),
                        DeliveryMother.inr(105800),
                        null)),
                totals,
                order.paymentMethod(),
                order.deliveryAddress(),
                null);
    }

    @Test
    void aWrongCodeCountsAndTheThirdFailsTheHandoffToAdmins() throws Exception {
        var delivery = pickedUp();

        var first = handoff(delivery, "0000");
        assertThat(first.statusCode()).isEqualTo(422);
        assertThat(problemType(first)).isEqualTo("https://platter.dev/problems/wrong-handoff-code");
        assertThat(JSON.readTree(first.body()).get("detail").asString()).contains("2 tries left");
        assertThat(handoff(delivery, "1111").statusCode()).isEqualTo(422);
        assertThat(recordsOf(deliveryEvents, delivery.order().orderId(), "HandoffFailed"))
                .isEmpty();
        assertThat(handoff(delivery, "2222").statusCode()).isEqualTo(422);

        var failed = eventsOf(deliveryEvents, delivery.order().orderId(), "HandoffFailed", 1)
                .get(0);
        assertThat(failed.get("failedAttempts").asInt()).isEqualTo(3);
        assertThat(failed.get("reason").asString()).isEqualTo("CODE_ATTEMPTS_EXCEEDED");
        var afterwards = handoff(delivery, DeliveryMother.HANDOFF_CODE);
        assertThat(afterwards.statusCode()).as("no more codes are taken").isEqualTo(409);
        assertThat(status(delivery)).isEqualTo(DeliveryStatus.PICKED_UP);
        var ops = ok(get("/api/v1/admin/deliveries/" + delivery.deliveryId(), admin().token()), 200);
        assertThat(ops.get("handoffFailed").asBoolean()).isTrue();
        var completed =
                ok(post("/api/v1/admin/deliveries/" + delivery.deliveryId() + "/complete", admin().token(), null), 200);
        assertThat(completed.get("status").asString())
                .as("ops reached the customer")
                .isEqualTo("DELIVERED");
        eventsOf(deliveryEvents, delivery.order().orderId(), "DeliveryCompleted", 1);
        assertThat(completed.toString()).doesNotContain("\"" + DeliveryMother.HANDOFF_CODE + "\"");
    }

    @Test
    void theRightCodeOnASecondTryCompletes() throws Exception {
        var delivery = pickedUp();
        assertThat(handoff(delivery, "9999").statusCode()).isEqualTo(422);
        ok(handoff(delivery, DeliveryMother.HANDOFF_CODE), 200);
        assertThat(status(delivery)).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(handoff(delivery, DeliveryMother.HANDOFF_CODE).statusCode()).isEqualTo(409);
    }

    @Test
    void stepsOutOfOrderAreConflicts() throws Exception {
        var delivery = assigned();
        assertThat(stepStatus(delivery, "picked-up"))
                .as("picked up before arriving")
                .isEqualTo(409);
        assertThat(handoff(delivery, DeliveryMother.HANDOFF_CODE).statusCode()).isEqualTo(409);
        step(delivery, "arrived");
        assertThat(stepStatus(delivery, "arrived")).isEqualTo(409);
    }

    @Test
    void cancellingWhileSearchingEndsTheSearch() throws Exception {
        var scene = scene();
        var order = DeliveryMother.orderAccepted(
                UUID.randomUUID(), UUID.randomUUID(), scene.restaurant(), scene.at(0, 900));
        TestEvents.publish(order);
        eventsOf(deliveryEvents, order.orderId(), "DeliveryRequested", 1);

        TestEvents.publish(DeliveryMother.adminCancelled(order));

        var cancelled = eventsOf(deliveryEvents, order.orderId(), "DeliveryCancelled", 1)
                .get(0);
        assertThat(cancelled.get("riderId").isNull()).isTrue();
        assertThat(cancelled.get("reason").asString()).isEqualTo("ORDER_CANCELLED");
        var deliveryId = deliveries.findByOrderId(order.orderId()).orElseThrow().id();
        await().until(() -> deliveries.findById(deliveryId).orElseThrow().status() == DeliveryStatus.CANCELLED);
        var attempts = deliveries.findById(deliveryId).orElseThrow().dispatchAttempts();
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> deliveries.findById(deliveryId).orElseThrow().dispatchAttempts() == attempts);
        assertThat(recordsOf(deliveryEvents, order.orderId(), "DeliveryUnassignable"))
                .isEmpty();
    }

    @Test
    void cancellingAnOfferedDeliveryWithdrawsTheOfferAndTellsTheRider() throws Exception {
        var delivery = offered();
        TestEvents.publish(DeliveryMother.adminCancelled(delivery.order()));

        assertCancelledTellingTheRider(delivery);
        await().until(() ->
                get("/api/v1/riders/me/offer", delivery.rider().token()).statusCode() == 204);
        var accept = post(
                "/api/v1/riders/me/offers/" + delivery.offerId() + "/accept",
                delivery.rider().token(),
                null);
        assertThat(accept.statusCode()).isEqualTo(409);
        assertThat(recordsOf(deliveryEvents, delivery.order().orderId(), "OfferExpired"))
                .as("the withdrawn offer's expiry was cleared")
                .isEmpty();
    }

    @Test
    void cancellingAnAssignedDeliveryFreesTheRider() throws Exception {
        var delivery = assigned();
        TestEvents.publish(DeliveryMother.adminCancelled(delivery.order()));

        assertCancelledTellingTheRider(delivery);
        await().until(() -> ok(
                        get("/api/v1/riders/me/deliveries", delivery.rider().token()), 200)
                .isEmpty());
        assertThat(stepStatus(delivery, "arrived")).isEqualTo(409);
    }

    @Test
    void cancellingAtTheRestaurantCallsTheRiderOff() throws Exception {
        var delivery = assigned();
        step(delivery, "arrived");
        TestEvents.publish(DeliveryMother.adminCancelled(delivery.order()));

        eventsOf(deliveryEvents, delivery.order().orderId(), "DeliveryCancelled", 1);
        await().until(() -> status(delivery) == DeliveryStatus.CANCELLED);
    }

    @Test
    void aCancellationAfterPickupIsIgnored() throws Exception {
        var delivery = pickedUp();
        publishAndAwaitHandled(DeliveryMother.adminCancelled(delivery.order()));

        assertThat(status(delivery)).isEqualTo(DeliveryStatus.PICKED_UP);
        assertThat(recordsOf(deliveryEvents, delivery.order().orderId(), "DeliveryCancelled"))
                .isEmpty();
        ok(handoff(delivery, DeliveryMother.HANDOFF_CODE), 200);
    }

    @Test
    void repeatedEventsApplyOnce() throws Exception {
        var scene = scene();
        var order = DeliveryMother.orderAccepted(
                UUID.randomUUID(), UUID.randomUUID(), scene.restaurant(), scene.at(0, 900));
        publishAndAwaitHandled(order);
        publishAndAwaitHandled(order);
        var resent = DeliveryMother.orderAccepted(
                order.orderId(), order.restaurantId(), scene.restaurant(), scene.at(0, 900), Duration.ofMinutes(5));
        publishAndAwaitHandled(resent);
        var cancel = DeliveryMother.adminCancelled(order);
        publishAndAwaitHandled(cancel);
        publishAndAwaitHandled(cancel);

        assertThat(jdbc.queryForObject(
                        "select count(*) from delivery where order_id = ?", Integer.class, order.orderId()))
                .isEqualTo(1);
        eventsOf(deliveryEvents, order.orderId(), "DeliveryCancelled", 1);
        assertThat(recordsOf(deliveryEvents, order.orderId(), "DeliveryRequested"))
                .hasSize(1);
        assertThat(recordsOf(deliveryEvents, order.orderId(), "DeliveryCancelled"))
                .hasSize(1);
    }

    @Test
    void theCustomerSeesTheRiderOnlyWhileTheirDeliveryIsUnderway() throws Exception {
        var delivery = offered();
        var path = "/api/v1/deliveries/" + delivery.order().orderId() + "/tracking";
        var beforeAssignment = ok(get(path, delivery.customer().token()), 200);
        assertThat(beforeAssignment.get("status").asString()).isEqualTo("OFFERED");
        assertThat(beforeAssignment.get("riderPosition").isNull()).isTrue();

        ok(
                post(
                        "/api/v1/riders/me/offers/" + delivery.offerId() + "/accept",
                        delivery.rider().token(),
                        null),
                200);
        var moving = new dev.platter.platform.events.GeoPoint(
                delivery.order().pickupAddress().location().lat() + 0.001,
                delivery.order().pickupAddress().location().lon());
        // 300 m from where the rider went online, taken 20 s later: a plausible ride
        var report = ok(sendPosition(delivery.rider(), moving, Instant.now().plusSeconds(20)), 200);
        assertThat(report.get("accepted").asInt()).isEqualTo(1);
        var underway = ok(get(path, delivery.customer().token()), 200);
        assertThat(underway.get("riderName").asString()).isEqualTo("Kiran");
        assertThat(underway.get("riderPosition").get("lat").asDouble())
                .isCloseTo(moving.lat(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(underway.get("estimatedDeliveryAt").isNull()).isFalse();

        var stranger = get(path, customer().token());
        assertThat(stranger.statusCode()).isEqualTo(404);
        assertThat(get(path, delivery.rider().token()).statusCode())
                .as("riders track nothing here")
                .isEqualTo(403);

        step(delivery, "arrived");
        step(delivery, "picked-up");
        ok(handoff(delivery, DeliveryMother.HANDOFF_CODE), 200);
        var after = ok(get(path, delivery.customer().token()), 200);
        assertThat(after.get("status").asString()).isEqualTo("DELIVERED");
        assertThat(after.get("riderPosition").isNull()).isTrue();
    }
}
