package dev.platter.restaurant.restaurant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.platform.events.Topics;
import dev.platter.platform.test.TopicReader;
import dev.platter.restaurant.RestaurantServiceIT;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Owners create and run restaurants, admins approve them, customers find the published ones near them. */
class RestaurantIT extends RestaurantServiceIT {

    private static TopicReader restaurantEvents;

    @BeforeAll
    static void readEvents() {
        restaurantEvents = TopicReader.of(Topics.RESTAURANTS);
    }

    @AfterAll
    static void close() {
        restaurantEvents.close();
    }

    /** A point somewhere nobody else's test restaurants are: a random spot in the Indian Ocean, far apart per test. */
    private static double[] somewhere() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        return new double[] {random.nextDouble(-40, -10), random.nextDouble(60, 95)};
    }

    private static Map<String, Object> at(double lat, double lon, String name, int radius, List<String> cuisines) {
        var details = new HashMap<>(spiceGarden());
        details.put("name", name);
        details.put("deliveryRadiusMetres", radius);
        details.put("cuisines", cuisines);
        details.put(
                "address",
                Map.of("line1", "1 Beach Road", "city", "Atoll", "countryCode", "IN", "lat", lat, "lon", lon));
        return details;
    }

    @Test
    void aNewRestaurantWaitsForApprovalBeforeCustomersSeeIt() throws Exception {
        var owner = owner();
        var restaurantId = createRestaurant(owner, spiceGarden());

        var own = ok(get("/api/v1/restaurants/" + restaurantId, owner.token()), 200);
        assertThat(own.get("status").asString()).isEqualTo("PENDING_APPROVAL");
        assertThat(own.get("ownerId").asString()).isEqualTo(owner.id().toString());
        assertThat(get("/api/v1/restaurants/" + restaurantId, null).statusCode())
                .isEqualTo(404);
        assertThat(get("/api/v1/restaurants/" + restaurantId, customer().token())
                        .statusCode())
                .isEqualTo(404);
        assertThat(get("/api/v1/restaurants/" + restaurantId, owner().token()).statusCode())
                .as("another owner")
                .isEqualTo(404);

        var queue = ok(get("/api/v1/admin/restaurants?status=PENDING_APPROVAL&size=100", admin().token()), 200);
        assertThat(queue.get("totalItems").asLong()).isPositive();

        var approved =
                ok(post("/api/v1/admin/restaurants/" + restaurantId + "/approve", admin().token(), Map.of()), 200);
        assertThat(approved.get("status").asString()).isEqualTo("PUBLISHED");
        var seen = ok(get("/api/v1/restaurants/" + restaurantId, null), 200);
        assertThat(seen.get("name").asString()).isEqualTo("Spice Garden");
        assertThat(seen.get("openNow").asBoolean()).isTrue();
        assertThat(seen.get("minimumOrder").get("amountMinor").asLong()).isEqualTo(19900);

        var suspended = ok(
                post(
                        "/api/v1/admin/restaurants/" + restaurantId + "/suspend",
                        admin().token(),
                        Map.of("reason", "Hygiene inspection failed")),
                200);
        assertThat(suspended.get("status").asString()).isEqualTo("SUSPENDED");
        assertThat(get("/api/v1/restaurants/" + restaurantId, null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void onlyAdminsApproveAndOnlyOwnersCreate() throws Exception {
        var owner = owner();
        var restaurantId = createRestaurant(owner, spiceGarden());

        assertThat(post("/api/v1/admin/restaurants/" + restaurantId + "/approve", owner.token(), Map.of())
                        .statusCode())
                .isEqualTo(403);
        assertThat(post("/api/v1/restaurants", customer().token(), spiceGarden())
                        .statusCode())
                .isEqualTo(403);
        assertThat(post("/api/v1/restaurants", null, spiceGarden()).statusCode())
                .isEqualTo(401);
    }

    @Test
    void publishesRestaurantUpsertedOncePerChangeWithTheOwner() throws Exception {
        var owner = owner();
        var restaurantId = publishedRestaurant(owner, spiceGarden());
        var renamed = new HashMap<>(spiceGarden());
        renamed.put("name", "Spice Garden Indiranagar");
        ok(put("/api/v1/restaurants/" + restaurantId, owner.token(), renamed), 200);

        var upserts = eventsOf(restaurantEvents, restaurantId, "RestaurantUpserted", 3);
        assertThat(upserts).hasSize(3);
        assertThat(upserts).extracting(event -> event.get("version").asLong()).containsExactly(1L, 2L, 3L);
        assertThat(upserts).allSatisfy(event -> assertThat(event.get("ownerId").asString())
                .isEqualTo(owner.id().toString()));
        assertThat(upserts)
                .extracting(event -> event.get("published").asBoolean())
                .containsExactly(false, true, true);
        assertThat(upserts.get(2).get("name").asString()).isEqualTo("Spice Garden Indiranagar");
    }

    @Test
    void listsPublishedRestaurantsThatDeliverToAPointNearestFirstWithCuisineFilterAndPaging() throws Exception {
        var here = somewhere();
        var lat = here[0];
        var lon = here[1];
        var owner = owner();
        // ~1.1 km north, radius 3 km: delivers
        var near = publishedRestaurant(owner, at(lat + 0.01, lon, "Dosa Corner", 3000, List.of("South Indian")));
        // ~2.2 km north, radius 5 km: delivers
        var farther = publishedRestaurant(owner, at(lat + 0.02, lon, "Biryani House", 5000, List.of("Biryani")));
        // ~3.3 km north but radius 2 km: does not deliver here
        publishedRestaurant(owner, at(lat + 0.03, lon, "Tiny Radius Cafe", 2000, List.of("Cafe")));
        // close but not approved: invisible
        createRestaurant(owner, at(lat + 0.005, lon, "Not Yet Open", 5000, List.of("Biryani")));

        var all = ok(get("/api/v1/restaurants?lat=" + lat + "&lon=" + lon, null), 200);
        assertThat(all.get("totalItems").asLong()).isEqualTo(2);
        var items = new ArrayList<String>();
        all.get("items").forEach(item -> items.add(item.get("id").asString()));
        assertThat(items).containsExactly(near.toString(), farther.toString());
        assertThat(all.get("items").get(0).get("distanceMetres").asDouble()).isBetween(1000.0, 1250.0);

        var biryani = ok(get("/api/v1/restaurants?lat=" + lat + "&lon=" + lon + "&cuisine=biryani", null), 200);
        assertThat(biryani.get("items")).hasSize(1);
        assertThat(biryani.get("items").get(0).get("id").asString()).isEqualTo(farther.toString());

        var secondPage = ok(get("/api/v1/restaurants?lat=" + lat + "&lon=" + lon + "&size=1&page=1", null), 200);
        assertThat(secondPage.get("items")).hasSize(1);
        assertThat(secondPage.get("items").get(0).get("id").asString()).isEqualTo(farther.toString());
        assertThat(secondPage.get("totalPages").asInt()).isEqualTo(2);

        assertThat(get("/api/v1/restaurants?lat=91&lon=0", null).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/restaurants?lat=0&lon=0&size=101", null).statusCode())
                .isEqualTo(400);
    }

    @Test
    void ownersPauseAndResumeTakingOrdersAndSayWhy() throws Exception {
        var owner = owner();
        var restaurantId = publishedRestaurant(owner, spiceGarden());

        var paused = ok(
                post("/api/v1/restaurants/" + restaurantId + "/pause", owner.token(), Map.of("reason", "TOO_BUSY")),
                200);
        assertThat(paused.get("acceptingOrders").asBoolean()).isFalse();
        assertThat(paused.get("pausedReason").asString()).isEqualTo("TOO_BUSY");
        var resumed = ok(post("/api/v1/restaurants/" + restaurantId + "/resume", owner.token(), Map.of()), 200);
        assertThat(resumed.get("acceptingOrders").asBoolean()).isTrue();
        assertThat(post("/api/v1/restaurants/" + restaurantId + "/resume", owner.token(), Map.of())
                        .statusCode())
                .as("resuming a restaurant that takes orders")
                .isEqualTo(409);

        var changes = eventsOf(restaurantEvents, restaurantId, "RestaurantAvailabilityChanged", 2);
        assertThat(changes)
                .extracting(event -> event.get("acceptingOrders").asBoolean())
                .containsExactly(false, true);
        assertThat(changes.get(0).get("reason").asString()).isEqualTo("TOO_BUSY");
    }

    @Test
    void aTimedPauseEndsByItselfAndAnnouncesIt() throws Exception {
        var owner = owner();
        var restaurantId = publishedRestaurant(owner, spiceGarden());
        var until = Instant.now().plusSeconds(2);

        var paused = ok(
                post(
                        "/api/v1/restaurants/" + restaurantId + "/pause",
                        owner.token(),
                        Map.of("until", until.toString())),
                200);
        assertThat(paused.get("acceptingOrders").asBoolean()).isFalse();

        var changes = eventsOf(restaurantEvents, restaurantId, "RestaurantAvailabilityChanged", 2);
        assertThat(changes.get(1).get("acceptingOrders").asBoolean()).isTrue();
        assertThat(ok(get("/api/v1/restaurants/" + restaurantId, null), 200)
                        .get("acceptingOrders")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void ownersChangeOnlyTheirOwnRestaurants() throws Exception {
        var owner = owner();
        var restaurantId = publishedRestaurant(owner, spiceGarden());
        var intruder = owner();
        var hijack = new HashMap<>(spiceGarden());
        hijack.put("name", "Hijacked");

        assertThat(put("/api/v1/restaurants/" + restaurantId, intruder.token(), hijack)
                        .statusCode())
                .isEqualTo(404);
        assertThat(post("/api/v1/restaurants/" + restaurantId + "/pause", intruder.token(), Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(put(
                                "/api/v1/restaurants/" + restaurantId + "/auto-accept",
                                intruder.token(),
                                Map.of("enabled", true))
                        .statusCode())
                .isEqualTo(404);
        assertThat(ok(get("/api/v1/restaurants/" + restaurantId, null), 200)
                        .get("name")
                        .asString())
                .isEqualTo("Spice Garden");
        var mine = ok(get("/api/v1/restaurants/mine", intruder.token()), 200);
        assertThat(mine.get("totalItems").asLong()).isZero();
    }

    @Test
    void rejectsInvalidProfilesWithFieldErrors() throws Exception {
        var owner = owner();
        var privateImage = new HashMap<>(spiceGarden());
        privateImage.put("imageUrls", List.of("http://169.254.169.254/latest/meta-data"));
        var badZone = new HashMap<>(spiceGarden());
        badZone.put("zoneId", "Mars/Olympus_Mons");
        var wrongCurrency = new HashMap<>(spiceGarden());
        wrongCurrency.put("minimumOrder", Map.of("amountMinor", 500, "currency", "USD"));
        var extraField = new HashMap<>(spiceGarden());
        extraField.put("status", "PUBLISHED");

        var image = post("/api/v1/restaurants", owner.token(), privateImage);
        assertThat(image.statusCode()).isEqualTo(400);
        assertThat(problemType(image)).isEqualTo("https://platter.dev/problems/validation");
        assertThat(image.body()).contains("imageUrls");
        var zone = post("/api/v1/restaurants", owner.token(), badZone);
        assertThat(zone.statusCode()).isEqualTo(400);
        assertThat(zone.body()).contains("zoneId");
        var currency = post("/api/v1/restaurants", owner.token(), wrongCurrency);
        assertThat(currency.statusCode()).isEqualTo(400);
        assertThat(currency.body()).contains("minimumOrderInCurrency");
        var mass = post("/api/v1/restaurants", owner.token(), extraField);
        assertThat(mass.statusCode()).isEqualTo(400);
        assertThat(problemType(mass)).isEqualTo("https://platter.dev/problems/unknown-field");
        assertThat(ok(get("/api/v1/restaurants/mine", owner.token()), 200)
                        .get("totalItems")
                        .asLong())
                .as("nothing was created")
                .isZero();
    }

    @Test
    void answersOpenNowByTheRestaurantsHoursAndHolidays() throws Exception {
        var owner = owner();
        var today = LocalDate.now(ZoneId.of("Asia/Kolkata"));
        var closedToday = new HashMap<>(spiceGarden());
        closedToday.put("holidays", List.of(today.minusDays(1).toString(), today.toString()));
        var restaurantId = publishedRestaurant(owner, closedToday);

        assertThat(ok(get("/api/v1/restaurants/" + restaurantId, null), 200)
                        .get("openNow")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void exportsPublishedRestaurantsWithTheirMenusAndVersionsForServicesOnly() throws Exception {
        var owner = owner();
        var restaurantId = publishedRestaurant(owner, spiceGarden());
        var category = addCategory(owner, restaurantId, "Pizzas");
        addItem(owner, restaurantId, category, margherita(29900));
        var unpublished = createRestaurant(owner, spiceGarden());

        var found = new HashMap<String, tools.jackson.databind.JsonNode>();
        int page = 0;
        while (true) {
            var exported = ok(get("/internal/restaurants/export?size=100&page=" + page, serviceToken()), 200);
            exported.get("items")
                    .forEach(item -> found.put(item.get("restaurant").get("id").asString(), item));
            if (page + 1 >= exported.get("totalPages").asInt()) {
                break;
            }
            page++;
        }
        var ours = found.get(restaurantId.toString());
        assertThat(ours).isNotNull();
        assertThat(ours.get("restaurant").get("version").asLong()).isEqualTo(2);
        assertThat(ours.get("menu").get("version").asLong()).isEqualTo(2);
        assertThat(ours.get("menu")
                        .get("categories")
                        .get(0)
                        .get("items")
                        .get(0)
                        .get("name")
                        .asString())
                .isEqualTo("Margherita");
        assertThat(found).doesNotContainKey(unpublished.toString());
        assertThat(get("/internal/restaurants/export", customer().token()).statusCode())
                .isEqualTo(403);
        assertThat(get("/internal/restaurants/export", admin().token()).statusCode())
                .isEqualTo(403);
        UUID.fromString(ours.get("restaurant").get("ownerId").asString());
    }
}
