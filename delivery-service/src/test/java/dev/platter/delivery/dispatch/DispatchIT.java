package dev.platter.delivery.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.platter.delivery.DeliveryServiceIT;
import dev.platter.platform.events.order.OrderAccepted;
import dev.platter.platform.events.user.VehicleType;
import dev.platter.platform.test.TestEvents;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Dispatch on constructed scenes around a restaurant: who gets the offer, what happens when nobody answers, says no,
 * or everybody answers at once, and when a second order rides along.
 */
class DispatchIT extends DeliveryServiceIT {

    @Autowired
    DeliveryRepository deliveries;

    @Autowired
    JdbcTemplate jdbc;

    private OrderAccepted order(Scene scene, UUID restaurantId, double eastMetres, double northMetres) {
        var accepted = DeliveryMother.orderAccepted(
                UUID.randomUUID(),
                restaurantId,
                scene.restaurant(),
                scene.at(eastMetres, northMetres),
                Duration.ofMinutes(10));
        TestEvents.publish(accepted);
        return accepted;
    }

    private Delivery awaitDelivery(UUID orderId) {
        return await().until(() -> deliveries.findByOrderId(orderId), java.util.Optional::isPresent)
                .orElseThrow();
    }

    private String offerId(Person rider) {
        return awaitOffer(rider).get("offerId").asString();
    }

    private HttpResponse<String> accept(Person rider, String offerId) throws Exception {
        return post("/api/v1/riders/me/offers/" + offerId + "/accept", rider.token(), null);
    }

    /** A rider who already carries an order of another restaurant, near this scene's restaurant. */
    private Person busyRider(Scene scene, double eastMetres) throws Exception {
        var rider = onlineRider("Busy Bala", scene.at(eastMetres, 0));
        var elsewhere = UUID.randomUUID();
        var other = order(scene, elsewhere, eastMetres, 800);
        ok(accept(rider, offerId(rider)), 200);
        assertThat(deliveries.findByOrderId(other.orderId()).orElseThrow().riderId())
                .isEqualTo(rider.id());
        return rider;
    }

    @Test
    void offersTheFartherIdleRiderWhenTheNearestCarriesAnotherRestaurantsOrder() throws Exception {
        var scene = scene();
        var busy = busyRider(scene, 150);
        var idle = onlineRider("Idle Imran", scene.at(-1200, 0));

        var order = order(scene, UUID.randomUUID(), 0, 1500);

        var offer = awaitOffer(idle);
        assertThat(offer.get("deliveryId").asString())
                .isEqualTo(awaitDelivery(order.orderId()).id().toString());
        assertThat(offer.get("distanceToPickupMetres").asInt()).isBetween(1100, 1300);
        assertNoOffer(busy);
    }

    @Test
    void prefersTheRiderWhoReachesTheRestaurantInTime() throws Exception {
        var scene = scene();
        var far = onlineRider("Far Farah", scene.at(0, -1400));
        var near = onlineRider("Near Neel", scene.at(300, 0));
        var ready = DeliveryMother.orderAccepted(
                UUID.randomUUID(), UUID.randomUUID(), scene.restaurant(), scene.at(0, 2000), Duration.ofMinutes(1));
        TestEvents.publish(ready);

        awaitOffer(near);
        assertNoOffer(far);
    }

    @Test
    void widensTheSearchUntilItReachesARider() throws Exception {
        var scene = scene();
        var rider = onlineRider("Distant Dev", scene.at(4500, 0));

        var order = order(scene, UUID.randomUUID(), 0, 1000);

        var offer = awaitOffer(rider);
        assertThat(offer.get("deliveryId").asString())
                .isEqualTo(awaitDelivery(order.orderId()).id().toString());
    }

    @Test
    void reportsADeliveryNobodyCanTakeOnceAndKeepsSearchingUntilARiderAppears() throws Exception {
        var scene = scene();
        var tooFar = onlineRider("Too Far Tara", scene.at(25_000, 0));
        var order = order(scene, UUID.randomUUID(), 0, 1000);

        var unassignable = eventsOf(deliveryEvents, order.orderId(), "DeliveryUnassignable", 1);
        assertThat(unassignable.get(0).get("offersMade").asInt()).isZero();
        var delivery = awaitDelivery(order.orderId());
        await().until(() -> deliveries.findById(delivery.id()).orElseThrow().dispatchAttempts() >= 3);
        assertThat(recordsOf(deliveryEvents, order.orderId(), "DeliveryUnassignable"))
                .as("ops are told once")
                .hasSize(1);
        assertNoOffer(tooFar);

        var arriving = onlineRider("Arriving Arun", scene.at(500, 0));
        awaitOffer(arriving);
        assertThat(deliveries.findById(delivery.id()).orElseThrow().status()).isEqualTo(DeliveryStatus.OFFERED);
    }

    @Test
    void leavesOutARiderWhoStoppedSendingPositions() throws Exception {
        var scene = scene();
        var silent = approvedRider("Silent Sam", VehicleType.SCOOTER);
        ok(post("/api/v1/riders/me/online", silent.token(), null), 200);
        ok(sendPosition(silent, scene.at(100, 0), Instant.now().minusSeconds(60)), 200);
        var fresh = onlineRider("Fresh Fatima", scene.at(2000, 0));

        order(scene, UUID.randomUUID(), 0, 1000);

        awaitOffer(fresh);
        assertNoOffer(silent);
    }

    @Test
    void anExpiredOfferGoesToTheNextRiderAndCanNoLongerBeAccepted() throws Exception {
        var scene = scene();
        var first = onlineRider("First Faiz", scene.at(100, 0));
        var order = order(scene, UUID.randomUUID(), 0, 1000);
        var firstOffer = offerId(first);
        var second = onlineRider("Second Sara", scene.at(900, 0));

        var expired = eventsOf(deliveryEvents, order.orderId(), "OfferExpired", 1);
        assertThat(expired.get(0).get("riderId").asString())
                .isEqualTo(first.id().toString());
        awaitOffer(second);
        assertNoOffer(first);
        var late = accept(first, firstOffer);
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(problemType(late)).isEqualTo("https://platter.dev/problems/illegal-transition");
        assertThat(recordsOf(deliveryEvents, order.orderId(), "OfferExpired"))
                .as("the expiry fires once")
                .hasSize(1);
    }

    @Test
    void aDeclinedOfferGoesToTheNextRider() throws Exception {
        var scene = scene();
        var first = onlineRider("Declining Dia", scene.at(100, 0));
        var order = order(scene, UUID.randomUUID(), 0, 1000);
        var offer = offerId(first);
        var second = onlineRider("Second Sunil", scene.at(1400, 0));

        ok(post("/api/v1/riders/me/offers/" + offer + "/decline", first.token(), Map.of("reason", "Flat tyre")), 204);

        awaitOffer(second);
        var declined = eventsOf(deliveryEvents, order.orderId(), "OfferDeclined", 1);
        assertThat(declined.get(0).get("reason").asString()).isEqualTo("Flat tyre");
        assertNoOffer(first);
    }

    @Test
    void tenAcceptsAtOnceMakeOneWinnerAndNineConflicts() throws Exception {
        var scene = scene();
        var rider = onlineRider("Racing Ravi", scene.at(100, 0));
        var order = order(scene, UUID.randomUUID(), 0, 1000);
        var offer = offerId(rider);

        var statuses = new ArrayList<Integer>();
        var pool = Executors.newFixedThreadPool(10);
        try {
            var calls = new ArrayList<Callable<Integer>>();
            for (int i = 0; i < 10; i++) {
                calls.add(() -> accept(rider, offer).statusCode());
            }
            for (var result : pool.invokeAll(calls)) {
                statuses.add(result.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(9);
        var delivery = awaitDelivery(order.orderId());
        assertThat(jdbc.queryForObject(
                        "select count(*) from offer where delivery_id = ? and status = 'ACCEPTED'",
                        Integer.class,
                        delivery.id()))
                .isEqualTo(1);
        assertThat(eventsOf(deliveryEvents, order.orderId(), "RiderAssigned", 1))
                .hasSize(1);
    }

    @Test
    void aRiderHeadingToTheRestaurantTakesASecondOrderThatFitsAndNotOneThatDoesNot() throws Exception {
        var scene = scene();
        var restaurant = UUID.randomUUID();
        var rider = approvedRider("Batching Bhavna", VehicleType.MOTORCYCLE);
        ok(post("/api/v1/riders/me/online", rider.token(), Map.of("position", point(scene.at(200, 0)))), 200);
        var first = order(scene, restaurant, 0, 2000);
        ok(accept(rider, offerId(rider)), 200);

        var opposite = order(scene, restaurant, 0, -2500);
        var oppositeDelivery = awaitDelivery(opposite.orderId());
        await().until(() ->
                deliveries.findById(oppositeDelivery.id()).orElseThrow().dispatchAttempts() >= 2);
        assertNoOffer(rider);

        var alongTheWay = order(scene, restaurant, 300, 2100);
        var offer = awaitOffer(rider);
        assertThat(offer.get("deliveryId").asString())
                .isEqualTo(awaitDelivery(alongTheWay.orderId()).id().toString());
        ok(accept(rider, offer.get("offerId").asString()), 200);
        var carried = ok(get("/api/v1/riders/me/deliveries", rider.token()), 200);
        assertThat(carried.valueStream().map(d -> d.get("orderId").asString()))
                .containsExactlyInAnyOrder(
                        first.orderId().toString(), alongTheWay.orderId().toString());
        assertThat(deliveries.findById(oppositeDelivery.id()).orElseThrow().status())
                .isEqualTo(DeliveryStatus.SEARCHING);
    }

    @Test
    void opsAssignAndReassignByHand() throws Exception {
        var scene = scene();
        var admin = admin();
        var tooFar = onlineRider("Faraway Firoz", scene.at(40_000, 0));
        var order = order(scene, UUID.randomUUID(), 0, 1000);
        var delivery = awaitDelivery(order.orderId());
        var other = approvedRider("Other Omar", VehicleType.BICYCLE);

        var assigned = ok(
                post(
                        "/api/v1/admin/deliveries/" + delivery.id() + "/assign",
                        admin.token(),
                        Map.of("riderId", tooFar.id())),
                200);
        assertThat(assigned.get("status").asString()).isEqualTo("ASSIGNED");
        ok(
                post(
                        "/api/v1/admin/deliveries/" + delivery.id() + "/assign",
                        admin.token(),
                        Map.of("riderId", other.id())),
                200);

        var events = eventsOf(deliveryEvents, order.orderId(), "RiderAssigned", 2);
        assertThat(events.get(1).get("riderId").asString()).isEqualTo(other.id().toString());
        assertThat(ok(get("/api/v1/riders/me/deliveries", tooFar.token()), 200).size())
                .isZero();
        assertThat(ok(get("/api/v1/riders/me/deliveries", other.token()), 200).size())
                .isEqualTo(1);
        var unknown = post(
                "/api/v1/admin/deliveries/" + delivery.id() + "/assign",
                admin.token(),
                Map.of("riderId", UUID.randomUUID()));
        assertThat(unknown.statusCode()).isEqualTo(404);
    }
}
