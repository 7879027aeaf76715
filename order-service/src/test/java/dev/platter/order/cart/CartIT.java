package dev.platter.order.cart;

import static dev.platter.order.support.Neighbours.margherita;
import static dev.platter.order.support.Neighbours.optionId;
import static dev.platter.order.support.Neighbours.paneerTikka;
import static dev.platter.order.support.Neighbours.spiceGarden;
import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.order.OrderServiceIT;
import dev.platter.order.order.NewOrder;
import dev.platter.order.order.OrderLifecycle;
import dev.platter.order.order.OrderMother;
import dev.platter.order.support.Neighbours;
import dev.platter.platform.events.Money;
import dev.platter.platform.events.PaymentMethod;
import dev.platter.platform.events.order.LineItem;
import dev.platter.platform.events.order.OrderTotals;
import dev.platter.platform.test.TestRun;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The cart (and its breakdown, and reorder) against the real restaurant-service (prices, options, availability from its quote, called with a service
 * token from the real user-service) and the real Redis.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CartIT extends OrderServiceIT {

    private static Neighbours neighbours;
    private static String ownerToken;
    private static UUID spiceGarden;
    private static UUID tandoorHouse;
    private static JsonNode margherita;
    private static JsonNode paneerTikka;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    OrderLifecycle lifecycle;

    @DynamicPropertySource
    static void neighbours(DynamicPropertyRegistry registry) {
        neighbours = Neighbours.start();
        registry.add("platter.clients.users", () -> neighbours.users.uri("").toString());
        registry.add(
                "platter.clients.restaurants",
                () -> neighbours.restaurants.uri("").toString());
        registry.add("platter.clients.read-timeout", () -> "5s");
        ownerToken = neighbours.ownerToken();
        spiceGarden = neighbours.publishedRestaurant(ownerToken, spiceGarden("Spice Garden"));
        var pizzas = neighbours.addCategory(ownerToken, spiceGarden, "Pizzas");
        margherita = neighbours.addItem(ownerToken, spiceGarden, pizzas, margherita(34900));
        tandoorHouse = neighbours.publishedRestaurant(ownerToken, spiceGarden("Tandoor House"));
        var starters = neighbours.addCategory(ownerToken, tandoorHouse, "Starters");
        paneerTikka = neighbours.addItem(ownerToken, tandoorHouse, starters, paneerTikka(24900));
    }

    @AfterAll
    static void stop() {
        if (neighbours != null) {
            neighbours.close();
        }
    }

    private static UUID id(JsonNode node) {
        return UUID.fromString(node.get("id").asString());
    }

    private static Map<String, Object> largeWithOlives(int quantity) {
        var line = new HashMap<String, Object>();
        line.put("restaurantId", spiceGarden.toString());
        line.put("menuItemId", id(margherita).toString());
        line.put("quantity", quantity);
        line.put(
                "optionIds",
                List.of(
                        optionId(margherita, "Size", "Large").toString(),
                        optionId(margherita, "Extra toppings", "Olives").toString()));
        line.put("note", "extra crispy");
        return line;
    }

    private static Map<String, Object> paneerTikkaLine(boolean replace) {
        return Map.of(
                "restaurantId",
                tandoorHouse.toString(),
                "menuItemId",
                id(paneerTikka).toString(),
                "quantity",
                1,
                "replaceCart",
                replace);
    }

    private HttpResponse<String> patch(String path, String token, Object body) throws Exception {
        return send(request(path)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .method("PATCH", HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    private HttpResponse<String> delete(String path, String token) throws Exception {
        return send(request(path).header("Authorization", "Bearer " + token).DELETE());
    }

    @Test
    @Order(1)
    void pricesEveryLineFromTheRestaurantAndKeepsTheCartInRedisForADay() throws Exception {
        var asha = customer();
        var cart = ok(post("/api/v1/cart/lines", asha.token(), largeWithOlives(2)), 201);

        var line = cart.get("lines").get(0);
        assertThat(line.get("name").asString()).isEqualTo("Margherita");
        assertThat(line.get("unitPrice").get("amountMinor").asLong()).isEqualTo(34900);
        assertThat(line.get("lineTotal").get("amountMinor").asLong())
                .as("(349 + 160 + 40) x 2")
                .isEqualTo(109800);
        assertThat(line.get("options")).hasSize(2);
        assertThat(line.get("note").asString()).isEqualTo("extra crispy");
        assertThat(line.get("available").asBoolean()).isTrue();
        assertThat(cart.get("itemsTotal").get("amountMinor").asLong()).isEqualTo(109800);
        assertThat(cart.get("restaurant").get("name").asString()).isEqualTo("Spice Garden");
        assertThat(cart.get("restaurant").get("minimumOrderMet").asBoolean()).isTrue();
        assertThat(cart.get("restaurant")
                        .get("packagingCharge")
                        .get("amountMinor")
                        .asLong())
                .isEqualTo(2000);

        assertThat(ok(get("/api/v1/cart", asha.token()), 200)).isEqualTo(cart);
        var key = TestRun.redisKeyPrefix() + "cart:" + asha.id();
        assertThat(redis.getExpire(key))
                .isBetween(
                        Duration.ofHours(23).toSeconds(), Duration.ofHours(24).toSeconds());
        assertThat(redis.opsForValue().get(key)).doesNotContain("amountMinor").as("no prices are stored");

        var bala = customer();
        var empty = ok(get("/api/v1/cart", bala.token()), 200);
        assertThat(empty.get("lines")).isEmpty();
    }

    @Test
    @Order(2)
    void mergesTheSameChoiceChangesQuantitiesRemovesLinesAndClears() throws Exception {
        var asha = customer();
        ok(post("/api/v1/cart/lines", asha.token(), largeWithOlives(1)), 201);
        var merged = ok(post("/api/v1/cart/lines", asha.token(), largeWithOlives(2)), 201);
        assertThat(merged.get("lines")).hasSize(1);
        assertThat(merged.get("lines").get(0).get("quantity").asInt()).isEqualTo(3);

        var lineId = merged.get("lines").get(0).get("lineId").asString();
        var changed = ok(patch("/api/v1/cart/lines/" + lineId, asha.token(), Map.of("quantity", 1)), 200);
        assertThat(changed.get("itemsTotal").get("amountMinor").asLong()).isEqualTo(54900);
        assertThat(patch("/api/v1/cart/lines/" + UUID.randomUUID(), asha.token(), Map.of("quantity", 1))
                        .statusCode())
                .isEqualTo(404);
        assertThat(patch("/api/v1/cart/lines/" + lineId, asha.token(), Map.of("quantity", 0))
                        .statusCode())
                .isEqualTo(400);

        var removed = ok(delete("/api/v1/cart/lines/" + lineId, asha.token()), 200);
        assertThat(removed.get("lines")).isEmpty();
        assertThat(removed.get("restaurantId").isNull()).isTrue();

        ok(post("/api/v1/cart/lines", asha.token(), largeWithOlives(1)), 201);
        assertThat(delete("/api/v1/cart", asha.token()).statusCode()).isEqualTo(204);
        assertThat(ok(get("/api/v1/cart", asha.token()), 200).get("lines")).isEmpty();
    }

    @Test
    @Order(3)
    void refusesASecondRestaurantUnlessTheCustomerReplacesTheCart() throws Exception {
        var asha = customer();
        var first = ok(post("/api/v1/cart/lines", asha.token(), largeWithOlives(1)), 201);

        var refused = post("/api/v1/cart/lines", asha.token(), paneerTikkaLine(false));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(problemType(refused)).endsWith("/cart-holds-another-restaurant");
        assertThat(ok(get("/api/v1/cart", asha.token()), 200)).isEqualTo(first);

        var replaced = ok(post("/api/v1/cart/lines", asha.token(), paneerTikkaLine(true)), 201);
        assertThat(replaced.get("restaurantId").asString()).isEqualTo(tandoorHouse.toString());
        assertThat(replaced.get("lines")).hasSize(1);
        assertThat(replaced.get("lines").get(0).get("name").asString()).isEqualTo("Paneer Tikka");
    }

    @Test
    @Order(4)
    void refusesLinesThatCannotBeOrderedAndClientPrices() throws Exception {
        var asha = customer();
        var withoutSize = Map.of(
                "restaurantId",
                spiceGarden.toString(),
                "menuItemId",
                id(margherita).toString(),
                "quantity",
                1);
        var broken = post("/api/v1/cart/lines", asha.token(), withoutSize);
        assertThat(broken.statusCode()).isEqualTo(422);
        assertThat(problemType(broken)).endsWith("/line-not-orderable");
        assertThat(body(broken).get("detail").asString()).contains("OPTION_RULE_BROKEN");

        var unknown = post(
                "/api/v1/cart/lines",
                asha.token(),
                Map.of(
                        "restaurantId",
                        spiceGarden.toString(),
                        "menuItemId",
                        UUID.randomUUID().toString(),
                        "quantity",
                        1));
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(body(unknown).get("detail").asString()).contains("ITEM_UNKNOWN");
        assertThat(ok(get("/api/v1/cart", asha.token()), 200).get("lines")).isEmpty();

        var priced = new HashMap<>(largeWithOlives(1));
        priced.put("unitPrice", Map.of("amountMinor", 1, "currency", "INR"));
        var sneaky = post("/api/v1/cart/lines", asha.token(), priced);
        assertThat(sneaky.statusCode()).isEqualTo(400);
        assertThat(problemType(sneaky)).endsWith("/unknown-field");

        var nowhere = post("/api/v1/cart/lines", asha.token(), paneerTikkaLineFor(UUID.randomUUID()));
        assertThat(nowhere.statusCode()).isEqualTo(404);

        assertThat(get("/api/v1/cart", rider().token()).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/cart", null).statusCode()).isEqualTo(401);
    }

    private static Map<String, Object> paneerTikkaLineFor(UUID restaurantId) {
        return Map.of(
                "restaurantId",
                restaurantId.toString(),
                "menuItemId",
                id(paneerTikka).toString(),
                "quantity",
                1);
    }

    @Test
    @Order(5)
    void flagsALineThatSoldOutSinceItWasAdded() throws Exception {
        var asha = customer();
        ok(post("/api/v1/cart/lines", asha.token(), paneerTikkaLine(false)), 201);

        neighbours.setAvailability(ownerToken, tandoorHouse, id(paneerTikka), "SOLD_OUT_TODAY");
        try {
            var cart = ok(get("/api/v1/cart", asha.token()), 200);
            var line = cart.get("lines").get(0);
            assertThat(line.get("available").asBoolean()).isFalse();
            assertThat(line.get("unavailable").get("reason").asString()).isEqualTo("ITEM_SOLD_OUT");
            assertThat(cart.get("allAvailable").asBoolean()).isFalse();
            assertThat(cart.get("itemsTotal").get("amountMinor").asLong()).isZero();
        } finally {
            neighbours.setAvailability(ownerToken, tandoorHouse, id(paneerTikka), "AVAILABLE");
        }
    }

    @Test
    @Order(6)
    void quotesTheFullBreakdownForADropOffFromTheRestaurantsPricesOnly() throws Exception {
        var asha = customer();
        var empty = post("/api/v1/cart/quote", asha.token(), Map.of("dropOff", Map.of("lat", 13.0, "lon", 77.6)));
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(problemType(empty)).endsWith("/cart-empty");

        ok(post("/api/v1/cart/lines", asha.token(), largeWithOlives(2)), 201);
        var quote = ok(
                post(
                        "/api/v1/cart/quote",
                        asha.token(),
                        Map.of(
                                "dropOff",
                                Map.of("lat", Neighbours.BENGALURU_LAT + 0.03, "lon", Neighbours.BENGALURU_LON),
                                "tipMinor",
                                3000)),
                200);

        long distance = quote.get("distanceMetres").asLong();
        assertThat(distance).isBetween(3000L, 3700L);
        long fee = 2000 + ((distance - 2000 + 999) / 1000) * 800;
        var totals = quote.get("totals");
        assertThat(totals.get("itemsTotal").get("amountMinor").asLong()).isEqualTo(109800);
        assertThat(totals.get("packagingCharge").get("amountMinor").asLong()).isEqualTo(2000);
        assertThat(totals.get("deliveryFee").get("amountMinor").asLong()).isEqualTo(fee);
        assertThat(totals.get("tax").get("amountMinor").asLong())
                .as("5% of items and packaging")
                .isEqualTo(5590);
        assertThat(totals.get("tip").get("amountMinor").asLong()).isEqualTo(3000);
        assertThat(totals.get("total").get("amountMinor").asLong()).isEqualTo(109800 + 2000 + fee + 5590 + 3000);
        assertThat(totals.get("amountDue")).isEqualTo(totals.get("total"));
        assertThat(quote.get("orderable").asBoolean()).isTrue();
        assertThat(quote.get("blockers")).isEmpty();
        assertThat(quote.get("cart").get("lines")).hasSize(1);

        var far = ok(
                post(
                        "/api/v1/cart/quote",
                        asha.token(),
                        Map.of(
                                "dropOff",
                                Map.of("lat", Neighbours.BENGALURU_LAT + 0.1, "lon", Neighbours.BENGALURU_LON))),
                200);
        assertThat(far.get("orderable").asBoolean()).isFalse();
        assertThat(far.get("blockers").valueStream().map(JsonNode::asString))
                .containsExactly("OUTSIDE_DELIVERY_RADIUS");

        var priced = post(
                "/api/v1/cart/quote",
                asha.token(),
                Map.of(
                        "dropOff",
                        Map.of("lat", 13.0, "lon", 77.6),
                        "total",
                        Map.of("amountMinor", 1, "currency", "INR")));
        assertThat(priced.statusCode()).isEqualTo(400);
        assertThat(problemType(priced)).endsWith("/unknown-field");
    }

    @Test
    @Order(7)
    void reordersAPastOrderIntoTheCartAtTodaysPrices() throws Exception {
        var asha = customer();
        ok(post("/api/v1/cart/lines", asha.token(), paneerTikkaLine(false)), 201);
        var large = new LineItem.Option(optionId(margherita, "Size", "Large"), "Size", "Large", inr(16000));
        // ordered when the Margherita still cost ₹300
        var line =
                new LineItem(id(margherita), "Margherita", 2, inr(30000), List.of(large), inr(92000), "extra cheese");
        var totals = new OrderTotals(
                inr(92000), inr(2000), inr(2000), inr(4700), inr(0), inr(0), inr(100700), inr(0), inr(100700), null);
        var past = lifecycle.create(new NewOrder(
                UUID.randomUUID(),
                asha.id(),
                "Asha Rao",
                null,
                spiceGarden,
                UUID.randomUUID(),
                "Spice Garden",
                OrderMother.SPICE_GARDEN,
                OrderMother.RESIDENCY_ROAD,
                null,
                List.of(line),
                totals,
                PaymentMethod.CARD));

        var cart = ok(post("/api/v1/orders/" + past.id() + "/reorder", asha.token(), Map.of()), 200);
        assertThat(cart.get("restaurantId").asString()).as("replaces the cart").isEqualTo(spiceGarden.toString());
        assertThat(cart.get("lines")).hasSize(1);
        var again = cart.get("lines").get(0);
        assertThat(again.get("quantity").asInt()).isEqualTo(2);
        assertThat(again.get("note").asString()).isEqualTo("extra cheese");
        assertThat(again.get("unitPrice").get("amountMinor").asLong())
                .as("today's price")
                .isEqualTo(34900);
        assertThat(again.get("lineTotal").get("amountMinor").asLong()).isEqualTo((34900 + 16000) * 2);
        assertThat(ok(get("/api/v1/cart", asha.token()), 200)).isEqualTo(cart);

        var bala = customer();
        assertThat(post("/api/v1/orders/" + past.id() + "/reorder", bala.token(), Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(ok(get("/api/v1/cart", bala.token()), 200).get("lines")).isEmpty();
    }

    private static Money inr(long minor) {
        return Money.of(minor, "INR");
    }

    @Test
    @Order(99)
    void answersAClearProblemWhenRestaurantServiceIsDown() throws Exception {
        var asha = customer();
        ok(post("/api/v1/cart/lines", asha.token(), largeWithOlives(1)), 201);
        neighbours.restaurants.kill();

        var down = get("/api/v1/cart", asha.token());
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(problemType(down)).endsWith("/dependency-unavailable");
        assertThat(body(down).get("detail").asString()).contains("restaurant-service");
        assertThat(redis.opsForValue().get(TestRun.redisKeyPrefix() + "cart:" + asha.id()))
                .as("the cart is kept")
                .isNotNull();
    }
}
