package dev.platter.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.platter.platform.events.GeoPoint;
import dev.platter.platform.test.ServiceProcess;
import dev.platter.platform.test.TestTokens;
import dev.platter.search.SearchServiceIT;
import dev.platter.search.config.ServiceTokens;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A rebuild from the real restaurant-service's export (started from its jar) writes a new index and switches the
 * alias: searches keep answering throughout, what the replica had lost comes back from the export, and changes made
 * while the rebuild runs are all in the new index.
 */
class RebuildIT extends SearchServiceIT {

    private static final int RESTAURANTS = 12;
    private static ServiceProcess restaurants;

    /**
     * restaurant-service here trusts the test key server, so the export is read with a service token from it rather
     * than from user-service.
     */
    @TestConfiguration
    static class TestServiceTokens {
        @Bean
        @Primary
        ServiceTokens testServiceTokens() {
            return () -> TestTokens.forRoles("SERVICE");
        }
    }

    @BeforeAll
    static void startRestaurantService() {
        restaurants =
                ServiceProcess.jar("restaurant-service", "platter_restaurant").start();
    }

    @AfterAll
    static void stop() {
        restaurants.close();
    }

    @DynamicPropertySource
    static void restaurantService(DynamicPropertyRegistry registry) {
        registry.add("platter.clients.restaurants", () -> "http://127.0.0.1:" + restaurants.port());
        registry.add("platter.search.retired-index-grace", () -> "15s");
    }

    @Test
    void rebuildsFromTheExportWithoutDowntimeOrLostUpdates() throws Exception {
        var me = somewhere();
        var owner = UUID.randomUUID();
        var word = "Rebuildia" + Math.abs(owner.getLeastSignificantBits() % 10000);
        var ids = new ArrayList<UUID>();
        for (int i = 0; i < RESTAURANTS; i++) {
            ids.add(publishedRestaurant(owner, details(word + " Kitchen " + i, north(me, 100 * i))));
        }
        awaitSearchFinds(word, me, RESTAURANTS);

        // the replica loses one restaurant's profile (as if its events had never come); the export still has it
        jdbc.update(
                "update catalogue_restaurants set profile = null, profile_version = 0, revision = revision + 1"
                        + " where restaurant_id = ?",
                ids.get(0));
        awaitSearchFinds(word, me, RESTAURANTS - 1);
        var before = index.aliasedIndex().orElseThrow();

        var searching = new AtomicBoolean(true);
        var failures = new ConcurrentLinkedQueue<String>();
        var pool = Executors.newFixedThreadPool(2);
        var searches = pool.submit(() -> {
            while (searching.get()) {
                var response = get("/api/v1/search/restaurants?q=" + word + near(me), null);
                if (response.statusCode() != 200) {
                    failures.add(response.statusCode() + " " + response.body());
                }
            }
            return null;
        });
        var renames = pool.submit(() -> {
            for (int i = 1; i < RESTAURANTS; i++) {
                ok(
                        call(
                                "PUT",
                                "/api/v1/restaurants/" + ids.get(i),
                                ownerToken(owner),
                                details(word + " Renamed " + i, north(me, 100 * i))),
                        200);
            }
            return null;
        });
        var rebuilt = ok(
                send(HttpRequest.newBuilder(
                                java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/admin/search/rebuild"))
                        .header("Authorization", "Bearer " + TestTokens.forUser(UUID.randomUUID(), "ADMIN"))
                        .timeout(Duration.ofSeconds(120))
                        .POST(HttpRequest.BodyPublishers.noBody())),
                200);
        renames.get();
        searching.set(false);
        searches.get();
        pool.shutdown();

        assertThat(failures).as("searches during the rebuild").isEmpty();
        assertThat(rebuilt.get("exported").asInt()).isGreaterThanOrEqualTo(RESTAURANTS);
        assertThat(rebuilt.get("previous").asString()).isEqualTo(before);
        var after = index.aliasedIndex().orElseThrow();
        assertThat(after).isEqualTo(rebuilt.get("index").asString()).isNotEqualTo(before);
        assertThat(index.exists(before))
                .as("the replaced index stays for its grace period, for searches already on it")
                .isTrue();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(index.exists(before))
                .as("deleted after the grace period")
                .isFalse());

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            awaitIndexed();
            var names = names(ok("/api/v1/search/restaurants?size=50&q=" + word + near(me)));
            var expected = new ArrayList<String>();
            expected.add(word + " Kitchen 0");
            for (int i = 1; i < RESTAURANTS; i++) {
                expected.add(word + " Renamed " + i);
            }
            assertThat(names).containsExactlyInAnyOrderElementsOf(expected);
        });
        assertThat(get("/api/v1/admin/search/rebuild", null).statusCode()).isIn(401, 405);
    }

    private void awaitSearchFinds(String word, GeoPoint me, int count) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            index.refresh();
            assertThat(ok("/api/v1/search/restaurants?size=50&q=" + word + near(me))
                            .get("totalItems")
                            .asInt())
                    .isEqualTo(count);
        });
    }

    private static String ownerToken(UUID owner) {
        return TestTokens.forUser(owner, "RESTAURANT_OWNER");
    }

    private UUID publishedRestaurant(UUID owner, Map<String, Object> details) throws Exception {
        var created = ok(call("POST", "/api/v1/restaurants", ownerToken(owner), details), 201);
        var id = UUID.fromString(created.get("id").asString());
        var admin = TestTokens.forUser(UUID.randomUUID(), "ADMIN");
        ok(call("POST", "/api/v1/admin/restaurants/" + id + "/approve", admin, Map.of()), 200);
        var category = ok(
                call(
                        "POST",
                        "/api/v1/restaurants/" + id + "/menu/categories",
                        ownerToken(owner),
                        Map.of("name", "Mains")),
                201);
        ok(
                call(
                        "POST",
                        "/api/v1/restaurants/" + id + "/menu/categories/"
                                + category.get("id").asString() + "/items",
                        ownerToken(owner),
                        Map.of(
                                "name", "Rebuild Thali",
                                "price", Map.of("amountMinor", 25_000, "currency", "INR"),
                                "diet", "VEG")),
                201);
        return id;
    }

    private static HttpResponse<String> call(String method, String path, String token, Object body) throws Exception {
        return send(HttpRequest.newBuilder(restaurants.uri(path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, Object> details(String name, GeoPoint at) {
        var days = new ArrayList<Map<String, Object>>();
        for (var day : java.time.DayOfWeek.values()) {
            days.add(Map.of("day", day.name(), "opens", "00:00", "closes", "00:00"));
        }
        var details = new HashMap<String, Object>();
        details.put("name", name);
        details.put("description", "Thalis all day");
        details.put("cuisines", List.of("Thali"));
        details.put(
                "address",
                Map.of(
                        "line1", "3 Rebuild Road",
                        "city", "Testpur",
                        "postalCode", "600001",
                        "countryCode", "IN",
                        "lat", at.lat(),
                        "lon", at.lon()));
        details.put("phone", "+91 44 4000 1234");
        details.put("currency", "INR");
        details.put("zoneId", "Asia/Kolkata");
        details.put("deliveryRadiusMetres", 5000);
        details.put("minimumOrder", Map.of("amountMinor", 19900, "currency", "INR"));
        details.put("packagingCharge", Map.of("amountMinor", 2000, "currency", "INR"));
        details.put("averagePrepMinutes", 20);
        details.put("imageUrls", List.of());
        details.put("openingHours", days);
        details.put("holidays", List.of());
        return details;
    }
}
