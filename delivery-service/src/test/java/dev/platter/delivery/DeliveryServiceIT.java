package dev.platter.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.platter.platform.events.GeoPoint;
import dev.platter.platform.events.Topics;
import dev.platter.platform.events.user.RiderApproved;
import dev.platter.platform.events.user.VehicleType;
import dev.platter.platform.test.TestEvents;
import dev.platter.platform.test.TestTokens;
import dev.platter.platform.test.TopicReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of delivery-service's integration tests: the service on a random port with offers that expire in seconds,
 * fast deadlines and retries, an HTTP client, riders approved through the real RiderApproved event, and a scene
 * helper: every test works around its own random spot on the map, far from every other test's riders.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "platter.delivery.offer-timeout=5s",
            "platter.delivery.retry-initial=500ms",
            "platter.delivery.retry-max=1s",
            "platter.delivery.unassignable-after=2s",
            "platter.delivery.rider-stale-after=20s",
            "platter.delivery.rider-offline-after=1h",
            "platter.delivery.sweep-interval=1h",
            "platter.deadlines.poll-interval=200ms",
            "platter.deadlines.retry-delay=200ms"
        })
public abstract class DeliveryServiceIT {

    protected static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${local.server.port}")
    protected int port;

    /** This run's deliveries topic, read from the beginning. */
    protected static TopicReader deliveryEvents;

    @BeforeAll
    static void readDeliveryEvents() {
        deliveryEvents = TopicReader.of(Topics.DELIVERIES);
    }

    @AfterAll
    static void closeDeliveryEvents() {
        deliveryEvents.close();
    }

    /** Someone with a token: their id and the token. */
    public record Person(UUID id, String token) {}

    protected static Person person(String role) {
        var id = UUID.randomUUID();
        return new Person(id, TestTokens.forUser(id, role));
    }

    protected static Person customer() {
        return person("CUSTOMER");
    }

    protected static Person admin() {
        return person("ADMIN");
    }

    /** A rider approved through RiderApproved, with an operational profile (offline). */
    protected Person approvedRider(String name, VehicleType vehicle) throws Exception {
        var rider = person("RIDER");
        TestEvents.publish(new RiderApproved(
                UUID.randomUUID(),
                Instant.now(),
                rider.id(),
                1,
                UUID.randomUUID(),
                name,
                "+919800000001",
                vehicle,
                "Bengaluru"));
        await().until(() -> get("/api/v1/riders/me", rider.token()).statusCode() == 200);
        return rider;
    }

    /** An approved rider, online at {@code where} and heard from just now. */
    protected Person onlineRider(String name, GeoPoint where) throws Exception {
        var rider = approvedRider(name, VehicleType.SCOOTER);
        ok(post("/api/v1/riders/me/online", rider.token(), Map.of("position", point(where))), 200);
        return rider;
    }

    protected static Map<String, Object> point(GeoPoint where) {
        return Map.of("lat", where.lat(), "lon", where.lon());
    }

    /** Sends one position taken at {@code at}. */
    protected HttpResponse<String> sendPosition(Person rider, GeoPoint where, Instant at) throws Exception {
        return post(
                "/api/v1/riders/me/positions",
                rider.token(),
                Map.of("points", List.of(Map.of("lat", where.lat(), "lon", where.lon(), "recordedAt", at.toString()))));
    }

    /** The rider's pending offer, once there is one. */
    protected JsonNode awaitOffer(Person rider) {
        return await().until(() -> get("/api/v1/riders/me/offer", rider.token()), r -> r.statusCode() == 200)
                .body()
                .transform(JSON::readTree);
    }

    protected void assertNoOffer(Person rider) throws Exception {
        assertThat(get("/api/v1/riders/me/offer", rider.token()).statusCode()).isEqualTo(204);
    }

    /** A random spot for one test, far (hundreds of kilometres) from the spots of other tests. */
    protected static Scene scene() {
        var random = ThreadLocalRandom.current();
        return new Scene(new GeoPoint(random.nextDouble(-60, 60), random.nextDouble(-170, 170)));
    }

    /** Points around a test's restaurant, placed in metres east and north of it. */
    public record Scene(GeoPoint restaurant) {

        public GeoPoint at(double eastMetres, double northMetres) {
            double lat = restaurant.lat() + northMetres / 111_320.0;
            double lon = restaurant.lon() + eastMetres / (111_320.0 * Math.cos(Math.toRadians(restaurant.lat())));
            return new GeoPoint(lat, lon);
        }
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

    protected HttpResponse<String> post(String path, @Nullable String token, @Nullable Object body)
            throws IOException, InterruptedException {
        var request = request(path).header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        var text = body == null ? "" : body instanceof String s ? s : JSON.writeValueAsString(body);
        return send(request.POST(HttpRequest.BodyPublishers.ofString(text)));
    }

    protected static JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    protected static String problemType(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        return JSON.readTree(response.body()).get("type").asString();
    }

    /** Records of this run's topic about one key, as JSON, once at least {@code n} of the type arrived. */
    protected static List<JsonNode> eventsOf(TopicReader reader, UUID key, String type, int n) {
        await().until(() -> recordsOf(reader, key, type).size() >= n);
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

    /** The types of every record about one key, in the order they were published. */
    protected static List<String> typesOf(TopicReader reader, UUID key) {
        return reader.matching(record -> key.toString().equals(record.key())).stream()
                .map(record -> TopicReader.header(record, "event-type"))
                .toList();
    }
}
