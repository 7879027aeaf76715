package dev.platter.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.platter.platform.events.Address;
import dev.platter.platform.events.GeoPoint;
import dev.platter.platform.events.Money;
import dev.platter.platform.events.PlatterEvent;
import dev.platter.platform.events.restaurant.MenuChanged;
import dev.platter.platform.events.restaurant.RestaurantUpserted;
import dev.platter.platform.events.restaurant.ReviewPublished;
import dev.platter.platform.test.TestEvents;
import dev.platter.platform.test.TestTokens;
import dev.platter.search.index.SearchIndex;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of search-service's integration tests: the service on a random port against the real Kafka, Postgres and
 * Elasticsearch of this run, restaurants fed as the events restaurant-service publishes, and an HTTP client. Each test
 * places its restaurants at a random spot of its own, so tests never see each other's restaurants near them.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"platter.search.sweep-interval=500ms", "platter.search.facts-ttl=0s"})
public abstract class SearchServiceIT {

    protected static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${local.server.port}")
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected SearchIndex index;

    /** A spot of India nobody else's test uses (a random point; restaurants reach at most 15 km). */
    protected static GeoPoint somewhere() {
        var random = ThreadLocalRandom.current();
        return new GeoPoint(random.nextDouble(15, 28), random.nextDouble(73, 85));
    }

    /** {@code metres} north of {@code point}. */
    protected static GeoPoint north(GeoPoint point, double metres) {
        return new GeoPoint(point.lat() + metres / 111_195.0, point.lon());
    }

    /** Open every day around the clock. */
    protected static List<RestaurantUpserted.OpeningHours> allDay() {
        return Arrays.stream(DayOfWeek.values())
                .map(day -> new RestaurantUpserted.OpeningHours(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT))
                .toList();
    }

    /** A restaurant profile event of Kolkata time. */
    protected static RestaurantUpserted restaurant(
            UUID id,
            long version,
            String name,
            List<String> cuisines,
            GeoPoint at,
            int radiusMetres,
            int prepMinutes,
            List<RestaurantUpserted.OpeningHours> hours,
            boolean published) {
        return new RestaurantUpserted(
                UUID.randomUUID(),
                Instant.now(),
                id,
                version,
                UUID.randomUUID(),
                name,
                name + " kitchen",
                new Address("1 Main Road", null, "Testpur", "600001", "IN", at),
                "Asia/Kolkata",
                cuisines,
                "INR",
                radiusMetres,
                Money.of(19900, "INR"),
                prepMinutes,
                hours,
                published,
                null);
    }

    protected static RestaurantUpserted restaurant(
            UUID id, String name, List<String> cuisines, GeoPoint at, int radius) {
        return restaurant(id, 1, name, cuisines, at, radius, 20, allDay(), true);
    }

    /** One dish: name, price in paise, vegetarian or not. */
    protected record DishSpec(String name, long priceMinor, boolean veg) {}

    protected static DishSpec dish(String name, long priceMinor, boolean veg) {
        return new DishSpec(name, priceMinor, veg);
    }

    protected static MenuChanged menu(UUID restaurantId, long version, DishSpec... dishes) {
        var items = new ArrayList<MenuChanged.Item>();
        for (var dish : dishes) {
            items.add(new MenuChanged.Item(
                    UUID.nameUUIDFromBytes((restaurantId + "/" + dish.name()).getBytes(StandardCharsets.UTF_8)),
                    dish.name(),
                    null,
                    Money.of(dish.priceMinor(), "INR"),
                    true,
                    dish.veg() ? List.of(MenuChanged.DietaryTag.VEGETARIAN) : List.of(),
                    null,
                    List.of()));
        }
        return new MenuChanged(
                UUID.randomUUID(),
                Instant.now(),
                restaurantId,
                version,
                "INR",
                List.of(new MenuChanged.Category(UUID.randomUUID(), "Mains", items)));
    }

    protected static ReviewPublished rating(UUID restaurantId, double average, int count) {
        return new ReviewPublished(
                UUID.randomUUID(),
                Instant.now(),
                restaurantId,
                1,
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                (int) Math.round(Math.max(1, Math.min(5, average))),
                null,
                average,
                count,
                null,
                null,
                null,
                null);
    }

    /** Publishes the events and waits until each was handled and the index shows the result. */
    protected void publishAndIndex(PlatterEvent... events) {
        for (var event : events) {
            TestEvents.publish(event);
        }
        for (var event : events) {
            awaitHandled(event);
        }
        awaitIndexed();
    }

    protected void awaitHandled(PlatterEvent event) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from platform_inbox where event_id = ?",
                                Integer.class,
                                event.eventId())
                        > 0);
    }

    /** Waits until every change of the catalogue is in the index, then makes it visible. */
    protected void awaitIndexed() {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from catalogue_restaurants where indexed_revision < revision",
                                Integer.class)
                        == 0);
        index.refresh();
    }

    protected HttpResponse<String> get(String path, @Nullable String token) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    protected JsonNode ok(String path) throws IOException, InterruptedException {
        return ok(get(path, null), 200);
    }

    protected static JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    protected static String problemType(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        return JSON.readTree(response.body()).get("type").asString();
    }

    protected static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    protected static String near(GeoPoint at) {
        return "&lat=" + at.lat() + "&lon=" + at.lon();
    }

    /** The names of the items of a result page, in order. */
    protected static List<String> names(JsonNode page) {
        var names = new ArrayList<String>();
        page.get("items").forEach(item -> names.add(item.get("name").asString()));
        return names;
    }

    protected static String customerToken(UUID customerId) {
        return TestTokens.forUser(customerId, "CUSTOMER");
    }
}
