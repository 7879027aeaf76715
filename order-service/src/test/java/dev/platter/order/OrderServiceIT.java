package dev.platter.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.platter.platform.test.ServiceProcess;
import dev.platter.platform.test.TestTokens;
import dev.platter.platform.test.TopicReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of order-service's integration tests: the service on a random port with a payment window of seconds and a
 * fast deadline poller, an HTTP client, and people with tokens (customers, owners, riders, an admin).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "platter.orders.payment-window=3s",
            "platter.deadlines.poll-interval=200ms",
            "platter.deadlines.retry-delay=200ms"
        })
public abstract class OrderServiceIT {

    protected static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${local.server.port}")
    protected int port;

    /** Someone with a token: their id and the token. */
    public record Person(UUID id, String token) {}

    protected static Person person(String role) {
        var id = UUID.randomUUID();
        return new Person(id, TestTokens.forUser(id, role));
    }

    protected static Person customer() {
        return person("CUSTOMER");
    }

    protected static Person owner() {
        return person("RESTAURANT_OWNER");
    }

    protected static Person rider() {
        return person("RIDER");
    }

    protected static Person admin() {
        return person("ADMIN");
    }

    /** This service's own built jar as another instance on the same database and topics, polling deadlines fast. */
    protected static ServiceProcess anotherInstance() {
        return ServiceProcess.jar("order-service", "platter_order")
                .property("platter.deadlines.poll-interval", "100ms")
                .property("platter.deadlines.retry-delay", "200ms")
                .start();
    }

    /**
     * Each order was cancelled for PAYMENT_EXPIRED by exactly one OrderCancelled record: awaited, then counted again
     * once the outbox is drained (completed publications are deleted), so no record can still be on its way.
     */
    protected static void assertExpiredExactlyOnce(TopicReader orderEvents, JdbcTemplate jdbc, List<UUID> orders) {
        for (var orderId : orders) {
            var cancelled = eventsOf(orderEvents, orderId, "OrderCancelled", 1);
            assertThat(cancelled).as("order " + orderId).hasSize(1);
            assertThat(cancelled.get(0).get("reason").asString()).isEqualTo("PAYMENT_EXPIRED");
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject("select count(*) from event_publication", Integer.class) == 0);
        for (var orderId : orders) {
            assertThat(recordsOf(orderEvents, orderId, "OrderCancelled")).hasSize(1);
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

    protected HttpResponse<String> post(String path, @Nullable String token, Object body)
            throws IOException, InterruptedException {
        var request = request(path).header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(
                body instanceof String text ? text : JSON.writeValueAsString(body))));
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
