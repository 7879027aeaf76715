package dev.platter.restaurant.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.restaurant.RestaurantServiceIT;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** order-service's quote: lines priced from our data, every kind of unavailability, every restaurant fact. */
class QuoteIT extends RestaurantServiceIT {

    /** Customer's home, ~1.1 km from Spice Garden. */
    private static final Map<String, Object> NEARBY = Map.of("lat", BENGALURU_LAT + 0.01, "lon", BENGALURU_LON);

    /** Across town, ~11 km away: outside the 5 km radius. */
    private static final Map<String, Object> ACROSS_TOWN = Map.of("lat", BENGALURU_LAT + 0.1, "lon", BENGALURU_LON);

    private JsonNode quote(UUID restaurantId, List<Map<String, Object>> lines, Map<String, Object> dropOff)
            throws Exception {
        return ok(
                post(
                        "/internal/restaurants/" + restaurantId + "/quote",
                        serviceToken(),
                        Map.of("lines", lines, "dropOff", dropOff)),
                200);
    }

    private static Map<String, Object> line(UUID itemId, int quantity, UUID... options) {
        return Map.of("menuItemId", itemId, "quantity", quantity, "optionIds", List.of(options));
    }

    @Test
    void pricesEveryLineFromTheMenuAndFlagsEachKindOfUnavailability() throws Exception {
        var owner = owner();
        var restaurantId = publishedRestaurant(owner, spiceGarden());
        var pizzas = addCategory(owner, restaurantId, "Pizzas");
        var margherita = addItem(owner, restaurantId, pizzas, margherita(29900));
        var soldOut = addItem(owner, restaurantId, pizzas, margherita(19900));
        ok(
                put(
                        "/api/v1/restaurants/" + restaurantId + "/menu/items/" + id(soldOut) + "/availability",
                        owner.token(),
                        Map.of("availability", "SOLD_OUT_TODAY")),
                200);
        var large = optionId(margherita, "Size", "Large");
        var small = optionId(margherita, "Size", "Small");
        var olives = optionId(margherita, "Extra toppings", "Olives");
        var thin = optionId(margherita, "Crust", "Thin");
        var cheeseBurst = optionId(margherita, "Crust", "Cheese burst");

        var quote = quote(
                restaurantId,
                List.of(
                        line(id(margherita), 2, large, olives, cheeseBurst),
                        line(id(margherita), 1, thin),
                        line(id(margherita), 1, small, large, thin),
                        line(id(margherita), 1, small, thin, UUID.randomUUID()),
                        line(id(soldOut), 1, small, thin),
                        line(UUID.randomUUID(), 1)),
                NEARBY);

        var lines = quote.get("lines");
        assertThat(lines.get(0).get("available").asBoolean()).isTrue();
        // (299 + 160 + 40 + 99) x 2
        assertThat(lines.get(0).get("lineTotal").get("amountMinor").asLong()).isEqualTo(119600);
        assertThat(lines.get(0).get("options")).hasSize(3);
        assertThat(reason(lines.get(1))).isEqualTo("OPTION_RULE_BROKEN");
        assertThat(reason(lines.get(2))).isEqualTo("OPTION_RULE_BROKEN");
        assertThat(reason(lines.get(3))).isEqualTo("OPTION_UNKNOWN");
        assertThat(reason(lines.get(4))).isEqualTo("ITEM_SOLD_OUT");
        assertThat(reason(lines.get(5))).isEqualTo("ITEM_UNKNOWN");
        assertThat(quote.get("allAvailable").asBoolean()).isFalse();
        assertThat(quote.get("itemsTotal").get("amountMinor").asLong()).isEqualTo(119600);
        assertThat(quote.get("menuVersion").asLong()).isEqualTo(4);
    }

    private static String reason(JsonNode line) {
        assertThat(line.get("available").asBoolean()).isFalse();
        return line.get("unavailable").get("reason").asString();
    }

    @Test
    void reportsTheRestaurantsFacts() throws Exception {
        var owner = owner();
        var restaurantId = publishedRestaurant(owner, spiceGarden());
        var starters = addCategory(owner, restaurantId, "Starters");
        var samosa = new HashMap<>(margherita(4900));
        samosa.put("name", "Samosa");
        samosa.put("optionGroups", List.of());
        var item = id(addItem(owner, restaurantId, starters, samosa));

        var small = quote(restaurantId, List.of(line(item, 1)), NEARBY).get("restaurant");
        assertThat(small.get("openNow").asBoolean()).isTrue();
        assertThat(small.get("paused").asBoolean()).isFalse();
        assertThat(small.get("published").asBoolean()).isTrue();
        assertThat(small.get("withinRadius").asBoolean()).isTrue();
        assertThat(small.get("distanceMetres").asLong()).isBetween(1000L, 1250L);
        assertThat(small.get("minimumOrderMet").asBoolean()).as("₹49 < ₹199").isFalse();
        assertThat(small.get("minimumOrder").get("amountMinor").asLong()).isEqualTo(19900);
        assertThat(small.get("packagingCharge").get("amountMinor").asLong()).isEqualTo(2000);
        assertThat(small.get("averagePrepMinutes").asInt()).isEqualTo(20);
        assertThat(small.get("currency").asString()).isEqualTo("INR");
        assertThat(small.get("address").get("location").get("lat").asDouble()).isEqualTo(BENGALURU_LAT);

        assertThat(quote(restaurantId, List.of(line(item, 5)), NEARBY)
                        .get("restaurant")
                        .get("minimumOrderMet")
                        .asBoolean())
                .isTrue();
        assertThat(quote(restaurantId, List.of(line(item, 5)), ACROSS_TOWN)
                        .get("restaurant")
                        .get("withinRadius")
                        .asBoolean())
                .isFalse();

        ok(post("/api/v1/restaurants/" + restaurantId + "/pause", owner.token(), Map.of()), 200);
        assertThat(quote(restaurantId, List.of(line(item, 5)), NEARBY)
                        .get("restaurant")
                        .get("paused")
                        .asBoolean())
                .isTrue();

        var holidays = new HashMap<>(spiceGarden());
        var today = LocalDate.now(ZoneId.of("Asia/Kolkata"));
        holidays.put("holidays", List.of(today.minusDays(1).toString(), today.toString()));
        ok(put("/api/v1/restaurants/" + restaurantId, owner.token(), holidays), 200);
        assertThat(quote(restaurantId, List.of(line(item, 5)), NEARBY)
                        .get("restaurant")
                        .get("openNow")
                        .asBoolean())
                .isFalse();

        ok(
                post(
                        "/api/v1/admin/restaurants/" + restaurantId + "/suspend",
                        admin().token(),
                        Map.of("reason", "audit")),
                200);
        assertThat(quote(restaurantId, List.of(line(item, 5)), NEARBY)
                        .get("restaurant")
                        .get("published")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void isForServicesOnlyAndRejectsBadRequests() throws Exception {
        var owner = owner();
        var restaurantId = publishedRestaurant(owner, spiceGarden());
        var body = Map.of("lines", List.of(line(UUID.randomUUID(), 1)), "dropOff", NEARBY);
        var path = "/internal/restaurants/" + restaurantId + "/quote";

        assertThat(post(path, customer().token(), body).statusCode()).isEqualTo(403);
        assertThat(post(path, owner.token(), body).statusCode()).isEqualTo(403);
        assertThat(post(path, null, body).statusCode()).isEqualTo(401);
        assertThat(post("/internal/restaurants/" + UUID.randomUUID() + "/quote", serviceToken(), body)
                        .statusCode())
                .isEqualTo(404);
        var zero = post(path, serviceToken(), Map.of("lines", List.of(line(UUID.randomUUID(), 0)), "dropOff", NEARBY));
        assertThat(zero.statusCode()).isEqualTo(400);
        var clientPrice = post(
                path,
                serviceToken(),
                Map.of(
                        "lines",
                        List.of(Map.of("menuItemId", UUID.randomUUID(), "quantity", 1, "price", 1)),
                        "dropOff",
                        NEARBY));
        assertThat(clientPrice.statusCode())
                .as("a price from the client is refused")
                .isEqualTo(400);
    }
}
