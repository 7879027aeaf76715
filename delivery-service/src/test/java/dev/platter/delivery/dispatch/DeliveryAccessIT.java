package dev.platter.delivery.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.delivery.DeliveryServiceIT;
import dev.platter.platform.test.TestEvents;
import dev.platter.platform.test.TestTokens;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Who may do what: a rider acts only on their own offers and deliveries (someone else's is 404), positions come from
 * the token's rider alone, customers and owners have no rider endpoints, ops endpoints are for admins, and nothing
 * answers without a valid token.
 */
class DeliveryAccessIT extends DeliveryServiceIT {

    @Test
    void aRiderCannotTouchAnotherRidersOfferOrDelivery() throws Exception {
        var scene = scene();
        var r1 = onlineRider("Rider One", scene.at(15_000, 0));
        var r2 = onlineRider("Rider Two", scene.at(200, 0));
        var order = DeliveryMother.orderAccepted(
                UUID.randomUUID(), UUID.randomUUID(), scene.restaurant(), scene.at(0, 900));
        TestEvents.publish(order);
        var offer = awaitOffer(r2);
        var offerId = offer.get("offerId").asString();
        var deliveryId = offer.get("deliveryId").asString();

        assertThat(post("/api/v1/riders/me/offers/" + offerId + "/accept", r1.token(), null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(post("/api/v1/riders/me/offers/" + offerId + "/decline", r1.token(), null)
                        .statusCode())
                .isEqualTo(404);
        assertNoOffer(r1);
        ok(post("/api/v1/riders/me/offers/" + offerId + "/accept", r2.token(), null), 200);

        for (var step : new String[] {"arrived", "picked-up"}) {
            var response = post("/api/v1/riders/me/deliveries/" + deliveryId + "/" + step, r1.token(), null);
            assertThat(response.statusCode()).as(step).isEqualTo(404);
            assertThat(problemType(response)).isEqualTo("https://platter.dev/problems/not-found");
        }
        assertThat(post(
                                "/api/v1/riders/me/deliveries/" + deliveryId + "/handoff",
                                r1.token(),
                                Map.of("code", DeliveryMother.HANDOFF_CODE))
                        .statusCode())
                .isEqualTo(404);
        assertThat(get("/api/v1/riders/me/deliveries/" + deliveryId, r1.token()).statusCode())
                .isEqualTo(404);
        assertThat(ok(get("/api/v1/riders/me/deliveries", r1.token()), 200).isEmpty())
                .isTrue();
        assertThat(ok(get("/api/v1/riders/me/deliveries/" + deliveryId, r2.token()), 200)
                        .get("status")
                        .asString())
                .isEqualTo("ASSIGNED");
    }

    @Test
    void positionsCountOnlyForTheRiderInTheToken() throws Exception {
        var scene = scene();
        var r1 = onlineRider("Honest Hari", scene.at(0, 0));
        var r2 = onlineRider("Other Oja", scene.at(500, 0));
        var body = Map.of(
                "points",
                java.util.List.of(Map.of(
                        "lat",
                        scene.at(10, 0).lat(),
                        "lon",
                        scene.at(10, 0).lon(),
                        "recordedAt",
                        Instant.now().plusSeconds(5).toString(),
                        "riderId",
                        r2.id().toString())));
        var smuggled = post("/api/v1/riders/me/positions", r1.token(), body);
        assertThat(smuggled.statusCode()).as("no rider id can be passed").isEqualTo(400);
        var before = ok(get("/api/v1/riders/me", r2.token()), 200).get("lastPosition");
        ok(sendPosition(r1, scene.at(10, 0), Instant.now().plusSeconds(5)), 200);
        assertThat(ok(get("/api/v1/riders/me", r2.token()), 200).get("lastPosition"))
                .isEqualTo(before);
        assertThat(sendPosition(
                                new Person(r2.id(), TestTokens.forUser(r2.id(), "CUSTOMER")),
                                scene.at(10, 0),
                                Instant.now())
                        .statusCode())
                .as("the rider's id with another role")
                .isEqualTo(403);
    }

    @Test
    void rolesGuardEveryArea() throws Exception {
        var customer = customer();
        var owner = person("RESTAURANT_OWNER");
        var rider = person("RIDER");
        var admin = admin();
        var delivery = UUID.randomUUID();

        assertThat(get("/api/v1/riders/me", customer.token()).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/riders/me/offer", owner.token()).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/admin/deliveries", rider.token()).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/admin/riders", customer.token()).statusCode()).isEqualTo(403);
        assertThat(post(
                                "/api/v1/admin/deliveries/" + delivery + "/assign",
                                rider.token(),
                                Map.of("riderId", rider.id()))
                        .statusCode())
                .isEqualTo(403);
        assertThat(get("/api/v1/deliveries/" + delivery + "/tracking", customer.token())
                        .statusCode())
                .isEqualTo(404);
        var anonymous = get("/api/v1/riders/me", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(problemType(anonymous)).isEqualTo("https://platter.dev/problems/unauthenticated");
        assertThat(get("/api/v1/riders/me", TestTokens.token().roles("RIDER").signWithStrangerKey())
                        .statusCode())
                .isEqualTo(401);
        assertThat(ok(get("/api/v1/admin/deliveries?status=SEARCHING&size=5", admin.token()), 200)
                        .get("size")
                        .asInt())
                .isEqualTo(5);
        assertThat(get("/api/v1/admin/deliveries?status=LOST", admin.token()).statusCode())
                .isEqualTo(400);
        assertThat(get("/api/v1/admin/deliveries?size=500", admin.token()).statusCode())
                .isEqualTo(400);
        assertThat(get("/api/v1/riders/me/earnings?from=2026-01-01&to=2026-03-01", rider.token())
                        .statusCode())
                .isEqualTo(400);
    }
}
