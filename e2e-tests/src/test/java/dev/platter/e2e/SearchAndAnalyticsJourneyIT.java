package dev.platter.e2e;

import static dev.platter.e2e.OrderSteps.STEP;
import static dev.platter.e2e.OrderSteps.minor;
import static dev.platter.e2e.client.City.dishPlan;
import static dev.platter.e2e.client.City.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.e2e.client.City.Place;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What customers find and what operations count: search follows the owner's menu as it changes after the restaurant
 * was published, and analytics counts the orders a restaurant delivered and lost.
 */
class SearchAndAnalyticsJourneyIT {

    @Test
    void findsTheRestaurantByADishAddedAfterPublishingAndNoLongerByARemovedOne() {
        var town = new Town("Coastal Andhra Mess");
        var api = town.platform.api();
        var restaurantId = town.restaurant.id().toString();
        var customerAt = town.kitchen.offset(-800, 900);

        // the published menu is searchable: the lassi is why the restaurant matches "lassi"
        var lassiHit = eventually(
                "search to find the restaurant by its lassi",
                STEP,
                () -> matchesWithDish(town, "lassi", customerAt, "Sweet Lassi"));
        assertThat(lassiHit.get("distanceMetres").asLong()).isBetween(1000L, 1400L);
        assertThat(dishResults(town, "lassi", customerAt)).contains("Sweet Lassi");
        assertThat(hit(town, "gongura", customerAt))
                .as("no dish of that name yet")
                .isNull();

        // the owner adds a dish to the live menu
        var specials = town.city.category(town.owner, town.restaurant.id(), "Andhra Specials");
        town.city.dish(
                town.owner,
                town.restaurant.id(),
                specials,
                dishPlan("Gongura Mutton", "Mutton cooked with sorrel leaves", 38900, "NON_VEG", List.of()));
        var gongura = eventually(
                "search to find the restaurant by its new dish",
                STEP,
                () -> matchesWithDish(town, "gongura", customerAt, "Gongura Mutton"));
        assertThat(gongura.get("id").asString()).isEqualTo(restaurantId);
        eventually("dish search to list the new dish", STEP, () -> dishResults(town, "gongura mutton", customerAt)
                .contains("Gongura Mutton"));

        // the owner takes the lassi off the menu
        api.delete(
                        "/api/v1/restaurants/" + restaurantId + "/menu/items/"
                                + town.lassi.get("id").asString(),
                        town.owner.token())
                .expect(204);
        eventually("dish search to forget the removed lassi", STEP, () -> !dishResults(town, "lassi", customerAt)
                .contains("Sweet Lassi"));
        var afterRemoval = hit(town, "lassi", customerAt);
        if (afterRemoval != null) {
            assertThat(afterRemoval.get("matchedDishes").findValuesAsString("name"))
                    .doesNotContain("Sweet Lassi");
        }
        assertThat(matchesWithDish(town, "gongura", customerAt, "Gongura Mutton"))
                .as("the dish added before is still found")
                .isNotNull();
    }

    @Test
    void countsTheOrdersARestaurantDeliveredAndCancelledInAnalytics() {
        var town = new Town("Counting House Chaat");
        var steps = new OrderSteps(town);
        var city = town.city;
        var api = town.platform.api();
        var admin = town.admin.token();
        var restaurantId = town.restaurant.id().toString();
        var from = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(1, ChronoUnit.MINUTES);
        var platformBefore = overview(town, from, null).get("orders");
        var before = overview(town, from, restaurantId).get("orders");
        assertThat(before.get("placed").asLong()).isZero();

        var sunita = town.customer("Sunita Rao");
        var rider = town.rider("Deepak N.");
        town.fillCart(sunita);
        var delivered = steps.cashOrder(sunita);
        var deliveredId = delivered.get("id").asString();
        var ticketId = steps.accept(sunita, deliveredId);
        var offer = steps.takeOffer(sunita, deliveredId, rider);
        steps.deliver(
                sunita, deliveredId, ticketId, rider, offer.get("deliveryId").asString(), town.kitchen.offset(400, 0));
        long deliveredTotal = minor(delivered.get("totals").get("total"));

        town.fillCart(sunita);
        var cancelledId = steps.cashOrder(sunita).get("id").asString();
        api.post("/api/v1/orders/" + cancelledId + "/cancel", sunita.token(), Map.of("note", "Ordered twice"))
                .expect(200);
        city.awaitOrder(sunita, cancelledId, "CANCELLED", STEP);

        var figures = eventually("analytics to count the restaurant's orders", STEP, () -> {
            var overview = overview(town, from, restaurantId);
            var orders = overview.get("orders");
            return orders.get("placed").asLong() == 2
                            && orders.get("delivered").asLong() == 1
                            && orders.get("cancelled").asLong() == 1
                    ? overview
                    : null;
        });
        assertThat(figures.get("orders").get("rejected").asLong()).isZero();
        assertThat(figures.get("orders").get("cancellationRate").asDouble()).isEqualTo(0.5);
        var sales = figures.get("sales");
        assertThat(sales).hasSize(1);
        assertThat(sales.get(0).get("currency").asString()).isEqualTo("INR");
        assertThat(sales.get(0).get("delivered").asLong()).isEqualTo(1);
        assertThat(minor(sales.get(0).get("gmv"))).isEqualTo(deliveredTotal);
        assertThat(figures.get("kitchen").get("accepted").asLong()).isEqualTo(1);
        assertThat(figures.get("delivery").get("delivered").asLong()).isEqualTo(1);
        assertThat(figures.get("delivery").get("dispatched").asLong()).isEqualTo(1);

        // the platform counts them too, among the other journeys' orders
        var platformAfter = overview(town, from, null).get("orders");
        assertThat(platformAfter.get("placed").asLong())
                .isGreaterThanOrEqualTo(platformBefore.get("placed").asLong() + 2);
        assertThat(platformAfter.get("delivered").asLong())
                .isGreaterThanOrEqualTo(platformBefore.get("delivered").asLong() + 1);
        assertThat(platformAfter.get("cancelled").asLong())
                .isGreaterThanOrEqualTo(platformBefore.get("cancelled").asLong() + 1);

        // and the restaurant's row of the ranking shows the same
        var ranking = api.get(
                        "/api/v1/admin/analytics/restaurants/top?limit=100&from=" + from + "&to=" + later(), admin)
                .expect(200)
                .get("restaurants");
        JsonNode row = null;
        for (var restaurant : ranking) {
            if (restaurant.get("restaurantId").asString().equals(restaurantId)) {
                row = restaurant;
            }
        }
        assertThat(row).as("the restaurant in the ranking").isNotNull();
        assertThat(row.get("placed").asLong()).isEqualTo(2);
        assertThat(row.get("delivered").asLong()).isEqualTo(1);
        assertThat(row.get("cancelled").asLong()).isEqualTo(1);
        assertThat(minor(row.get("gmv"))).isEqualTo(deliveredTotal);
    }

    private static JsonNode overview(Town town, Instant from, @Nullable String restaurantId) {
        return town.platform
                .api()
                .get(
                        "/api/v1/admin/analytics/overview?from=" + from + "&to=" + later()
                                + (restaurantId == null ? "" : "&restaurantId=" + restaurantId),
                        town.admin.token())
                .expect(200);
    }

    private static Instant later() {
        return Instant.now().plus(1, ChronoUnit.HOURS);
    }

    /** The town's restaurant among the results of a text search from a place, or null. */
    private static @Nullable JsonNode hit(Town town, String text, Place at) {
        var found = town.platform
                .api()
                .get(
                        "/api/v1/search/restaurants?size=100&q=" + encode(text) + "&lat=" + at.lat() + "&lon="
                                + at.lon(),
                        null)
                .expect(200);
        for (var restaurant : found.get("items")) {
            if (restaurant.get("id").asString().equals(town.restaurant.id().toString())) {
                return restaurant;
            }
        }
        return null;
    }

    /** The town's restaurant in a search, when the dish is among the reasons it matched; null otherwise. */
    private static @Nullable JsonNode matchesWithDish(Town town, String text, Place at, String dish) {
        var restaurant = hit(town, text, at);
        return restaurant != null
                        && restaurant
                                .get("matchedDishes")
                                .findValuesAsString("name")
                                .contains(dish)
                ? restaurant
                : null;
    }

    /** The names of the town's dishes that a dish search from a place lists. */
    private static List<String> dishResults(Town town, String text, Place at) {
        var found = town.platform
                .api()
                .get("/api/v1/search/dishes?size=100&q=" + encode(text) + "&lat=" + at.lat() + "&lon=" + at.lon(), null)
                .expect(200);
        var names = new ArrayList<String>();
        for (var result : found.get("items")) {
            if (result.get("restaurantId")
                    .asString()
                    .equals(town.restaurant.id().toString())) {
                names.add(result.get("dish").get("name").asString());
            }
        }
        return names;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
