package dev.platter.restaurant.menu;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.platform.events.Topics;
import dev.platter.platform.test.TopicReader;
import dev.platter.restaurant.RestaurantServiceIT;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Owners build menus; customers read them from the cache, with ETags, and see every change at once. */
class MenuIT extends RestaurantServiceIT {

    private static TopicReader restaurantEvents;

    @Autowired
    MeterRegistry meters;

    @Autowired
    MenuCache cache;

    @Autowired
    org.springframework.data.redis.core.StringRedisTemplate redis;

    @Autowired
    dev.platter.platform.web.config.PlatterProperties platter;

    @BeforeAll
    static void readEvents() {
        restaurantEvents = TopicReader.of(Topics.RESTAURANTS);
    }

    @AfterAll
    static void close() {
        restaurantEvents.close();
    }

    private double loads() {
        return meters.counter("platter.menu.cache.loads").count();
    }

    private HttpResponse<String> menu(UUID restaurantId) throws Exception {
        return get("/api/v1/restaurants/" + restaurantId + "/menu", null);
    }

    @Test
    void servesTheMenuWithOptionGroupsAndShowsAPriceChangeOnTheNextRead() throws Exception {
        var owner = owner();
        var restaurantId = publishedRestaurant(owner, spiceGarden());
        var pizzas = addCategory(owner, restaurantId, "Pizzas");
        var item = addItem(owner, restaurantId, pizzas, margherita(29900));

        var first = ok(menu(restaurantId), 200);
        var served = first.get("categories").get(0).get("items").get(0);
        assertThat(served.get("price").get("amountMinor").asLong()).isEqualTo(29900);
        assertThat(served.get("optionGroups").get(0).get("name").asString()).isEqualTo("Size");
        assertThat(served.get("optionGroups").get(0).get("required").asBoolean())
                .isTrue();
        assertThat(served.get("optionGroups").get(1).get("maxSelections").asInt())
                .isEqualTo(5);
        assertThat(served.get("dietaryTags").get(0).asString()).isEqualTo("VEGETARIAN");
        assertThat(cache.peek(restaurantId)).as("the read filled the cache").isNotNull();

        var cheaper = new HashMap<>(margherita(24900));
        ok(put("/api/v1/restaurants/" + restaurantId + "/menu/items/" + id(item), owner.token(), cheaper), 200);

        var second = ok(menu(restaurantId), 200);
        assertThat(second.get("categories")
                        .get(0)
                        .get("items")
                        .get(0)
                        .get("price")
                        .get("amountMinor")
                        .asLong())
                .isEqualTo(24900);
        assertThat(second.get("version").asLong())
                .isGreaterThan(first.get("version").asLong());
    }

    @Test
    void keepsOptionIdsWhenAnItemIsEditedWithThem() throws Exception {
        var owner = owner();
        var restaurantId = publishedRestaurant(owner, spiceGarden());
        var pizzas = addCategory(owner, restaurantId, "Pizzas");
        var item = addItem(owner, restaurantId, pizzas, margherita(29900));
        var large = optionId(item, "Size", "Large");
        var sizeGroup = item.get("optionGroups").get(0);

        var edited = new HashMap<>(margherita(29900));
        var options = new ArrayList<Map<String, Object>>();
        sizeGroup
                .get("options")
                .forEach(option -> options.add(Map.of(
                        "id", option.get("id").asString(),
                        "name", option.get("name").asString(),
                        "priceDelta",
                                money(option.get("priceDelta")
                                                .get("amountMinor")
                                                .asLong()
                                        + 1000))));
        edited.put(
                "optionGroups",
                List.of(Map.of(
                        "id",
                        sizeGroup.get("id").asString(),
                        "name",
                        "Size",
                        "minSelections",
                        1,
                        "maxSelections",
                        1,
                        "options",
                        options)));
        var updated =
                ok(put("/api/v1/restaurants/" + restaurantId + "/menu/items/" + id(item), owner.token(), edited), 200);

        assertThat(optionId(updated, "Size", "Large")).isEqualTo(large);
        assertThat(updated.get("optionGroups")).hasSize(1);
    }

    @Test
    void answersNotModifiedWhileTheVersionIsUnchanged() throws Exception {
        var owner = owner();
        var restaurantId = publishedRestaurant(owner, spiceGarden());
        addCategory(owner, restaurantId, "Starters");

        var first = menu(restaurantId);
        var etag = first.headers().firstValue("ETag").orElseThrow();
        var again = send(request("/api/v1/restaurants/" + restaurantId + "/menu")
                .header("If-None-Match", etag)
                .GET());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        addCategory(owner, restaurantId, "Desserts");
        var changed = send(request("/api/v1/restaurants/" + restaurantId + "/menu")
                .header("If-None-Match", etag)
                .GET());
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).isNotEqualTo(java.util.Optional.of(etag));
        assertThat(body(changed).get("categories")).hasSize(2);
    }

    @Test
    void aColdMissUnderConcurrentLoadHitsPostgresOnce() throws Exception {
        var owner = owner();
        var restaurantId = publishedRestaurant(owner, spiceGarden());
        var pizzas = addCategory(owner, restaurantId, "Pizzas");
        addItem(owner, restaurantId, pizzas, margherita(29900));
        assertThat(cache.peek(restaurantId)).as("cold").isNull();

        var before = loads();
        int readers = 40;
        var pool = Executors.newFixedThreadPool(readers);
        var start = new CountDownLatch(1);
        try {
            var reads = new ArrayList<Callable<Integer>>();
            for (int i = 0; i < readers; i++) {
                reads.add(() -> {
                    start.await();
                    return menu(restaurantId).statusCode();
                });
            }
            var futures = reads.stream().map(pool::submit).toList();
            start.countDown();
            for (var future : futures) {
                assertThat(future.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(loads() - before).isEqualTo(1.0);
    }

    @Test
    void aMissWhileAnotherInstanceHoldsTheLoadLockWaitsForItsResultInsteadOfLoading() throws Exception {
        var owner = owner();
        var restaurantId = publishedRestaurant(owner, spiceGarden());
        addCategory(owner, restaurantId, "Thalis");
        var lock = platter.redis().key("menu-lock:" + restaurantId);
        redis.opsForValue().set(lock, "another-instance", java.time.Duration.ofSeconds(5));
        var theirs = "{\"restaurantId\":\"" + restaurantId + "\",\"currency\":\"INR\",\"version\":1,\"categories\":[]}";
        var before = loads();

        var pool = Executors.newSingleThreadScheduledExecutor();
        try {
            // the other instance stores its load 300 ms later
            pool.schedule(
                    () -> redis.opsForValue().set(platter.redis().key("menu:" + restaurantId), "1:" + theirs),
                    300,
                    java.util.concurrent.TimeUnit.MILLISECONDS);
            var served = menu(restaurantId);
            assertThat(served.statusCode()).isEqualTo(200);
            assertThat(served.body()).isEqualTo(theirs);
        } finally {
            pool.shutdownNow();
            redis.delete(lock);
        }
        assertThat(loads() - before).as("no load of our own").isZero();
    }

    @Test
    void publishesMenuChangedWithTheFullSnapshotOncePerChange() throws Exception {
        var owner = owner();
        var restaurantId = publishedRestaurant(owner, spiceGarden());
        var pizzas = addCategory(owner, restaurantId, "Pizzas");
        var item = addItem(owner, restaurantId, pizzas, margherita(29900));
        ok(
                put(
                        "/api/v1/restaurants/" + restaurantId + "/menu/items/" + id(item) + "/availability",
                        owner.token(),
                        Map.of("availability", "SOLD_OUT_TODAY")),
                200);

        var changes = eventsOf(restaurantEvents, restaurantId, "MenuChanged", 3);
        assertThat(changes).hasSize(3);
        assertThat(changes).extracting(change -> change.get("version").asLong()).containsExactly(1L, 2L, 3L);
        var last = changes.get(2);
        assertThat(last.get("currency").asString()).isEqualTo("INR");
        var snapshotItem = last.get("categories").get(0).get("items").get(0);
        assertThat(snapshotItem.get("name").asString()).isEqualTo("Margherita");
        assertThat(snapshotItem.get("available").asBoolean()).isFalse();
        assertThat(snapshotItem.get("optionGroups")).hasSize(3);

        var served = ok(menu(restaurantId), 200)
                .get("categories")
                .get(0)
                .get("items")
                .get(0);
        assertThat(served.get("available").asBoolean()).isFalse();
        assertThat(served.get("soldOutUntil").isNull()).isFalse();
    }

    @Test
    void enforcesOptionGroupRulesOnTheMenuItself() throws Exception {
        var owner = owner();
        var restaurantId = publishedRestaurant(owner, spiceGarden());
        var pizzas = addCategory(owner, restaurantId, "Pizzas");
        var broken = new HashMap<>(margherita(29900));
        broken.put("optionGroups", List.of(group("Size", 2, 1, option("Small", 0), option("Large", 16000))));
        var tooFewOptions = new HashMap<>(margherita(29900));
        tooFewOptions.put("optionGroups", List.of(group("Toppings", 0, 5, option("Olives", 4000))));
        var dollars = new HashMap<>(margherita(29900));
        dollars.put("price", Map.of("amountMinor", 999, "currency", "USD"));

        var path = "/api/v1/restaurants/" + restaurantId + "/menu/categories/" + pizzas + "/items";
        assertThat(post(path, owner.token(), broken).statusCode()).isEqualTo(400);
        assertThat(post(path, owner.token(), tooFewOptions).statusCode()).isEqualTo(400);
        var currency = post(path, owner.token(), dollars);
        assertThat(currency.statusCode()).isEqualTo(400);
        assertThat(problemType(currency)).isEqualTo("https://platter.dev/problems/currency-mismatch");
        assertThat(ok(menu(restaurantId), 200).get("categories").get(0).get("items"))
                .isEmpty();
    }

    @Test
    void anOwnerCannotTouchAnotherRestaurantsMenuByAnyPath() throws Exception {
        var alice = owner();
        var aliceRestaurant = publishedRestaurant(alice, spiceGarden());
        var aliceCategory = addCategory(alice, aliceRestaurant, "Pizzas");
        var aliceItem = id(addItem(alice, aliceRestaurant, aliceCategory, margherita(29900)));
        var bob = owner();
        var bobRestaurant = publishedRestaurant(bob, spiceGarden());
        var bobCategory = addCategory(bob, bobRestaurant, "Curries");
        var cheap = margherita(100);

        // Alice's restaurant in the path
        assertThat(put("/api/v1/restaurants/" + aliceRestaurant + "/menu/items/" + aliceItem, bob.token(), cheap)
                        .statusCode())
                .isEqualTo(404);
        assertThat(delete("/api/v1/restaurants/" + aliceRestaurant + "/menu/items/" + aliceItem, bob.token())
                        .statusCode())
                .isEqualTo(404);
        assertThat(post(
                                "/api/v1/restaurants/" + aliceRestaurant + "/menu/categories",
                                bob.token(),
                                Map.of("name", "Bob's"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(delete("/api/v1/restaurants/" + aliceRestaurant + "/menu/categories/" + aliceCategory, bob.token())
                        .statusCode())
                .isEqualTo(404);
        // Bob's own restaurant in the path, Alice's item or category id
        assertThat(put("/api/v1/restaurants/" + bobRestaurant + "/menu/items/" + aliceItem, bob.token(), cheap)
                        .statusCode())
                .isEqualTo(404);
        assertThat(put(
                                "/api/v1/restaurants/" + bobRestaurant + "/menu/items/" + aliceItem + "/availability",
                                bob.token(),
                                Map.of("availability", "UNAVAILABLE"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(post(
                                "/api/v1/restaurants/" + bobRestaurant + "/menu/categories/" + aliceCategory + "/items",
                                bob.token(),
                                cheap)
                        .statusCode())
                .isEqualTo(404);
        // customers change nothing
        assertThat(post(
                                "/api/v1/restaurants/" + aliceRestaurant + "/menu/categories",
                                customer().token(),
                                Map.of("name", "x"))
                        .statusCode())
                .isEqualTo(403);

        var served = ok(menu(aliceRestaurant), 200)
                .get("categories")
                .get(0)
                .get("items")
                .get(0);
        assertThat(served.get("price").get("amountMinor").asLong()).isEqualTo(29900);
        assertThat(served.get("available").asBoolean()).isTrue();
        assertThat(ok(menu(bobRestaurant), 200)
                        .get("categories")
                        .get(0)
                        .get("id")
                        .asString())
                .isEqualTo(bobCategory.toString());
    }

    @Test
    void anUnpublishedMenuIsHiddenFromCustomersButNotFromItsOwner() throws Exception {
        var owner = owner();
        var restaurantId = createRestaurant(owner, spiceGarden());
        addCategory(owner, restaurantId, "Pizzas");

        assertThat(menu(restaurantId).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/restaurants/" + restaurantId + "/menu", owner().token())
                        .statusCode())
                .isEqualTo(404);
        var own = ok(get("/api/v1/restaurants/" + restaurantId + "/menu", owner.token()), 200);
        assertThat(own.get("categories")).hasSize(1);
    }
}
