package dev.platter.restaurant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.platform.test.TestTokens;
import dev.platter.platform.test.TopicReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of restaurant-service's integration tests: the service on a random port with a short acceptance window and a
 * fast deadline poller, an HTTP client, and people: owners, customers, an admin, a service (tokens from the test key
 * server, judged by the same rules as real ones).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "platter.restaurants.acceptance-window=5s",
            "platter.deadlines.poll-interval=200ms",
            "platter.deadlines.retry-delay=200ms"
        })
public abstract class RestaurantServiceIT {

    protected static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    protected static final JsonMapper JSON = JsonMapper.builder().build();

    /** Spice Garden's kitchen sits in Bengaluru. */
    protected static final double BENGALURU_LAT = 12.9716;

    protected static final double BENGALURU_LON = 77.5946;

    @Value("${local.server.port}")
    protected int port;

    /** Someone with a token: their id and the token. */
    protected record Person(UUID id, String token) {}

    protected static Person owner() {
        var id = UUID.randomUUID();
        return new Person(id, TestTokens.forUser(id, "RESTAURANT_OWNER"));
    }

    protected static Person customer() {
        var id = UUID.randomUUID();
        return new Person(id, TestTokens.forUser(id, "CUSTOMER"));
    }

    protected static Person admin() {
        var id = UUID.randomUUID();
        return new Person(id, TestTokens.forUser(id, "ADMIN"));
    }

    protected static String serviceToken() {
        return TestTokens.forRoles("SERVICE");
    }

    protected HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30));
    }

    protected static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    protected HttpResponse<String> get(String path, @Nullable String token) throws IOException, InterruptedException {
        var request = request(path).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    protected HttpResponse<String> post(String path, @Nullable String token, Object body)
            throws IOException, InterruptedException {
        return send(withBody(request(path), token).POST(json(body)));
    }

    protected HttpResponse<String> put(String path, @Nullable String token, Object body)
            throws IOException, InterruptedException {
        return send(withBody(request(path), token).PUT(json(body)));
    }

    protected HttpResponse<String> delete(String path, String token) throws IOException, InterruptedException {
        return send(request(path).header("Authorization", "Bearer " + token).DELETE());
    }

    private static HttpRequest.Builder withBody(HttpRequest.Builder request, @Nullable String token) {
        request.header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    protected static HttpRequest.BodyPublisher json(Object body) {
        return HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : JSON.writeValueAsString(body));
    }

    protected static JsonNode body(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    protected static JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response.body().isEmpty() ? JSON.createObjectNode() : body(response);
    }

    protected static String problemType(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        return body(response).get("type").asString();
    }

    protected static UUID id(JsonNode node) {
        return UUID.fromString(node.get("id").asString());
    }

    protected static Map<String, Object> money(long amountMinor) {
        return Map.of("amountMinor", amountMinor, "currency", "INR");
    }

    /** Open every day around the clock, in Kolkata. */
    protected static List<Map<String, Object>> allDayEveryDay() {
        var periods = new ArrayList<Map<String, Object>>();
        for (var day : java.time.DayOfWeek.values()) {
            periods.add(Map.of("day", day.name(), "opens", "00:00", "closes", "00:00"));
        }
        return periods;
    }

    /** Spice Garden: a Bengaluru North Indian kitchen delivering 5 km, ₹199 minimum order, ₹20 packaging. */
    protected static Map<String, Object> spiceGarden() {
        var details = new HashMap<String, Object>();
        details.put("name", "Spice Garden");
        details.put("description", "Tandoor and curries since 1998");
        details.put("cuisines", List.of("North Indian", "Biryani"));
        details.put(
                "address",
                Map.of(
                        "line1",
                        "12 MG Road",
                        "city",
                        "Bengaluru",
                        "postalCode",
                        "560001",
                        "countryCode",
                        "IN",
                        "lat",
                        BENGALURU_LAT,
                        "lon",
                        BENGALURU_LON));
        details.put("phone", "+91 80 4000 1234");
        details.put("currency", "INR");
        details.put("zoneId", "Asia/Kolkata");
        details.put("deliveryRadiusMetres", 5000);
        details.put("minimumOrder", money(19900));
        details.put("packagingCharge", money(2000));
        details.put("averagePrepMinutes", 20);
        details.put("imageUrls", List.of("https://images.platter.dev/spice-garden.jpg"));
        details.put("openingHours", allDayEveryDay());
        details.put("holidays", List.of());
        return details;
    }

    /** Creates Spice Garden (or a variant) for {@code owner}; it waits for approval. */
    protected UUID createRestaurant(Person owner, Map<String, Object> details) throws Exception {
        return id(ok(post("/api/v1/restaurants", owner.token(), details), 201));
    }

    /** Creates and approves a restaurant, so customers see it. */
    protected UUID publishedRestaurant(Person owner, Map<String, Object> details) throws Exception {
        var restaurantId = createRestaurant(owner, details);
        ok(post("/api/v1/admin/restaurants/" + restaurantId + "/approve", admin().token(), Map.of()), 200);
        return restaurantId;
    }

    /** Margherita with Size (required, exactly one), Extra toppings (up to 5) and Crust (required, one). */
    protected static Map<String, Object> margherita(long priceMinor) {
        var item = new HashMap<String, Object>();
        item.put("name", "Margherita");
        item.put("description", "San Marzano tomato, fior di latte, basil");
        item.put("price", money(priceMinor));
        item.put("diet", "VEG");
        item.put("allergens", List.of("GLUTEN", "DAIRY"));
        item.put(
                "optionGroups",
                List.of(
                        group("Size", 1, 1, option("Small", 0), option("Medium", 8000), option("Large", 16000)),
                        group(
                                "Extra toppings",
                                0,
                                5,
                                option("Olives", 4000),
                                option("Jalapeños", 4000),
                                option("Mushrooms", 5000),
                                option("Paneer", 6000),
                                option("Onions", 3000),
                                option("Corn", 3000)),
                        group("Crust", 1, 1, option("Thin", 0), option("Cheese burst", 9900))));
        return item;
    }

    protected static Map<String, Object> group(String name, int min, int max, Map<?, ?>... options) {
        return Map.of("name", name, "minSelections", min, "maxSelections", max, "options", List.of(options));
    }

    protected static Map<String, Object> option(String name, long deltaMinor) {
        return Map.of("name", name, "priceDelta", money(deltaMinor));
    }

    protected UUID addCategory(Person owner, UUID restaurantId, String name) throws Exception {
        return id(ok(
                post("/api/v1/restaurants/" + restaurantId + "/menu/categories", owner.token(), Map.of("name", name)),
                201));
    }

    protected JsonNode addItem(Person owner, UUID restaurantId, UUID categoryId, Map<String, Object> item)
            throws Exception {
        return ok(
                post(
                        "/api/v1/restaurants/" + restaurantId + "/menu/categories/" + categoryId + "/items",
                        owner.token(),
                        item),
                201);
    }

    /** The id of the option {@code name} of group {@code group} of an item as the API returned it. */
    protected static UUID optionId(JsonNode item, String group, String name) {
        for (var g : item.get("optionGroups")) {
            if (g.get("name").asString().equals(group)) {
                for (var option : g.get("options")) {
                    if (option.get("name").asString().equals(name)) {
                        return id(option);
                    }
                }
            }
        }
        throw new AssertionError("No option " + group + "/" + name + " in " + item);
    }

    /** Records of this run's topic about one aggregate (the record key), as JSON, once at least {@code n} arrived. */
    protected static List<JsonNode> eventsOf(TopicReader reader, UUID key, String type, int n) {
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> recordsOf(reader, key, type).size() >= n);
        return recordsOf(reader, key, type);
    }

    protected static List<JsonNode> recordsOf(TopicReader reader, UUID key, String type) {
        return reader
                .matching(record ->
                        key.toString().equals(record.key()) && type.equals(TopicReader.header(record, "event-type")))
                .stream()
                .map(record -> JSON.readTree(TopicReader.value(record)))
                .toList();
    }
}
