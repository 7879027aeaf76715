package dev.platter.e2e;

import static dev.platter.e2e.OrderSteps.STEP;
import static dev.platter.e2e.client.City.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Dispatch when nobody is near: the restaurant accepts an order with no rider within reach, the delivery is reported
 * unassignable to operations, an admin assigns a rider by hand, and that rider comes online, collects the food and
 * hands it over.
 */
class DispatchJourneyIT {

    @Test
    void deliversAnOrderNoRiderWasNearThroughAnAdminsAssignment() {
        var town = new Town("Far Corner Kulcha House");
        var steps = new OrderSteps(town);
        var city = town.city;
        var api = town.platform.api();
        var admin = town.admin.token();
        var lata = town.customer("Lata Kulkarni");
        // an approved rider who is not online: dispatch cannot find anybody around the kitchen
        var rider = city.rider(
                Platform.email("rider"),
                "Imran S.",
                "+9197" + String.format("%08d", Math.floorMod(UUID.randomUUID().hashCode(), 100_000_000)),
                admin);
        assertThat(api.get("/api/v1/riders/me", rider.token())
                        .expect(200)
                        .get("status")
                        .asString())
                .isEqualTo("OFFLINE");

        town.fillCart(lata);
        var orderId = steps.cashOrder(lata).get("id").asString();
        var ticketId = steps.accept(lata, orderId);

        var unassignable = eventually("ops to see the delivery of order " + orderId + " unassignable", STEP, () -> {
            for (var delivery : api.get("/api/v1/admin/deliveries?status=SEARCHING&size=100", admin)
                    .expect(200)
                    .get("items")) {
                if (delivery.get("orderId").asString().equals(orderId)
                        && delivery.get("unassignable").asBoolean()) {
                    return delivery;
                }
            }
            return null;
        });
        var deliveryId = unassignable.get("id").asString();
        assertThat(unassignable.get("restaurantId").asString())
                .isEqualTo(town.restaurant.id().toString());
        assertThat(OrderSteps.absent(unassignable.path("riderId"))).isTrue();
        assertThat(unassignable.get("offers")).as("nobody was offered it").isEmpty();
        assertThat(unassignable.get("dispatchAttempts").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(OrderSteps.absent(city.order(lata, orderId).path("rider"))).isTrue();

        var assigned = api.post(
                        "/api/v1/admin/deliveries/" + deliveryId + "/assign", admin, Map.of("riderId", rider.userId()))
                .expect(200);
        assertThat(assigned.get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(assigned.get("riderId").asString()).isEqualTo(rider.userId().toString());
        assertThat(api.get("/api/v1/admin/deliveries/" + deliveryId, admin)
                        .expect(200)
                        .get("status")
                        .asString())
                .isEqualTo("ASSIGNED");
        steps.awaitRider(lata, orderId, rider);

        // the rider comes online nearby and finds the delivery among theirs
        var start = town.kitchen.offset(0, 900);
        city.online(rider, start);
        var mine = api.get("/api/v1/riders/me/deliveries", rider.token()).expect(200);
        assertThat(mine.findValuesAsString("id")).contains(deliveryId);

        var delivered = steps.deliver(lata, orderId, ticketId, rider, deliveryId, start);
        assertThat(delivered.get("rider").get("id").asString())
                .isEqualTo(rider.userId().toString());
        var done = api.get("/api/v1/admin/deliveries/" + deliveryId, admin).expect(200);
        assertThat(done.get("status").asString()).isEqualTo("DELIVERED");
        assertThat(done.get("riderId").asString()).isEqualTo(rider.userId().toString());
        assertThat(done.get("offers")).isEmpty();
    }
}
