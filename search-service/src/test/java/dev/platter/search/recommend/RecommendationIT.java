package dev.platter.search.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.platform.events.Address;
import dev.platter.platform.events.GeoPoint;
import dev.platter.platform.events.Money;
import dev.platter.platform.events.PaymentMethod;
import dev.platter.platform.events.PlatterEvent;
import dev.platter.platform.events.order.LineItem;
import dev.platter.platform.events.order.OrderPlaced;
import dev.platter.platform.events.order.OrderTotals;
import dev.platter.platform.test.TestTokens;
import dev.platter.search.SearchServiceIT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Recommendations from a customer's past orders plus what is popular nearby; a new customer gets popular nearby. */
class RecommendationIT extends SearchServiceIT {

    private static OrderPlaced placed(UUID customerId, UUID restaurantId, GeoPoint to, String dish, int quantity) {
        var unit = Money.of(25_000, "INR");
        var line = new LineItem(
                UUID.nameUUIDFromBytes((restaurantId + "/" + dish).getBytes(StandardCharsets.UTF_8)),
                dish,
                quantity,
                unit,
                List.of(),
                unit.times(quantity),
                null);
        var zero = Money.zero("INR");
        var total = unit.times(quantity);
        return new OrderPlaced(
                UUID.randomUUID(),
                Instant.now(),
                UUID.randomUUID(),
                2,
                customerId,
                restaurantId,
                "Asha",
                List.of(line),
                new OrderTotals(total, zero, zero, zero, zero, zero, total, zero, total, null),
                PaymentMethod.CARD,
                new Address("2 Lake View", null, "Testpur", null, "IN", to),
                null);
    }

    @Test
    void aCustomerGetsTheCuisinesAndDishesTheyOrderedAndWhatIsPopularNearby() throws Exception {
        var me = somewhere();
        var biryaniBefore = UUID.randomUUID();
        var biryaniNew = UUID.randomUUID();
        var pizza = UUID.randomUUID();
        var popular = UUID.randomUUID();
        var events = new ArrayList<PlatterEvent>(List.of(
                restaurant(biryaniBefore, "Behrouz Corner", List.of("Biryani"), north(me, 500), 5_000),
                menu(biryaniBefore, 1, dish("Lucknowi Biryani", 30_000, false)),
                restaurant(biryaniNew, "Kolkata Biryani Co", List.of("Biryani", "Bengali"), north(me, 1_000), 5_000),
                menu(biryaniNew, 1, dish("Kolkata Biryani", 28_000, false)),
                restaurant(pizza, "Crust Club", List.of("Pizza"), north(me, 700), 5_000),
                menu(pizza, 1, dish("Farmhouse Pizza", 32_000, true)),
                restaurant(popular, "Idli Express", List.of("South Indian"), north(me, 900), 5_000),
                menu(popular, 1, dish("Idli Vada", 9_000, true))));
        var asha = UUID.randomUUID();
        events.add(placed(asha, biryaniBefore, me, "Lucknowi Biryani", 2));
        events.add(placed(asha, biryaniBefore, me, "Lucknowi Biryani", 1));
        for (int i = 0; i < 5; i++) {
            events.add(placed(UUID.randomUUID(), popular, me, "Idli Vada", 1));
        }
        publishAndIndex(events.toArray(PlatterEvent[]::new));

        var forAsha = ok(
                get("/api/v1/search/recommendations?lat=" + me.lat() + "&lon=" + me.lon(), customerToken(asha)), 200);
        var forYou = new ArrayList<String>();
        forAsha.get("forYou").forEach(hit -> forYou.add(hit.get("name").asString()));
        assertThat(forYou).startsWith("Behrouz Corner", "Kolkata Biryani Co").doesNotContain("Crust Club");
        assertThat(forAsha.get("forYou")
                        .get(1)
                        .get("matchedDishes")
                        .get(0)
                        .get("name")
                        .asString())
                .isEqualTo("Kolkata Biryani");
        assertThat(forAsha.get("popularNearby").get(0).get("name").asString()).isEqualTo("Idli Express");

        var newcomer = ok(
                get(
                        "/api/v1/search/recommendations?lat=" + me.lat() + "&lon=" + me.lon(),
                        customerToken(UUID.randomUUID())),
                200);
        assertThat(newcomer.get("forYou")).isEmpty();
        assertThat(newcomer.get("popularNearby").get(0).get("name").asString()).isEqualTo("Idli Express");
        assertThat(newcomer.get("popularNearby")).hasSize(4);
    }

    @Test
    void recommendationsAreForSignedInCustomersOnly() throws Exception {
        var path = "/api/v1/search/recommendations?lat=12.97&lon=77.59";
        assertThat(get(path, null).statusCode()).isEqualTo(401);
        assertThat(get(path, TestTokens.forUser(UUID.randomUUID(), "RIDER")).statusCode())
                .isEqualTo(403);
        assertThat(get("/api/v1/search/recommendations", customerToken(UUID.randomUUID()))
                        .statusCode())
                .isEqualTo(400);
        assertThat(get("/api/v1/admin/search/rebuild", customerToken(UUID.randomUUID()))
                        .statusCode())
                .isIn(403, 405);
    }
}
