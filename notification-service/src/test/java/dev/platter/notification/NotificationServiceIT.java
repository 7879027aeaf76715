package dev.platter.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.platter.platform.events.PlatterEvent;
import dev.platter.platform.test.TestEvents;
import dev.platter.platform.test.TestTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of notification-service's integration tests: the service on a random port against the real infrastructure,
 * with a real SMTP server (GreenMail) and local FCM and Twilio stubs behind the real SDKs, fast retries, and people
 * with tokens.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "platter.notifications.delivery.poll-interval=100ms",
            "platter.notifications.delivery.initial-backoff=300ms",
            "platter.notifications.delivery.max-attempts=4",
            "platter.notifications.sms.daily-cap=3"
        })
public abstract class NotificationServiceIT {

    protected static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry registry) {
        Providers.properties().forEach((name, value) -> registry.add(name, () -> value));
    }

    @Value("${local.server.port}")
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    /** Someone with a token: their id and the token. */
    protected record Person(UUID id, String token) {}

    protected static Person customer() {
        var id = UUID.randomUUID();
        return new Person(id, TestTokens.forUser(id, "CUSTOMER"));
    }

    protected static Person owner() {
        var id = UUID.randomUUID();
        return new Person(id, TestTokens.forUser(id, "RESTAURANT_OWNER"));
    }

    protected static Person rider() {
        var id = UUID.randomUUID();
        return new Person(id, TestTokens.forUser(id, "RIDER"));
    }

    protected static Person admin() {
        var id = UUID.randomUUID();
        return new Person(id, TestTokens.forUser(id, "ADMIN"));
    }

    protected static void publish(PlatterEvent... events) {
        for (var event : events) {
            TestEvents.publish(event);
        }
    }

    /** Spice Garden, owned by {@code ownerId}, known to the service (its replica has it). */
    protected void knownRestaurant(UUID restaurantId, UUID ownerId) {
        publish(PlatterEvents.spiceGarden(restaurantId, ownerId));
        await().until(() -> jdbc.sql("select count(*) from restaurant_owner where restaurant_id = ?")
                        .param(restaurantId)
                        .query(Integer.class)
                        .single()
                == 1);
    }

    /** A user known to the contact replica, with this email, phone and locale. */
    protected void knownUser(UUID userId, String email, @Nullable String phone, @Nullable String locale) {
        publish(PlatterEvents.registered(userId, email, phone, locale));
        await().until(() -> jdbc.sql("select count(*) from contact where user_id = ?")
                        .param(userId)
                        .query(Integer.class)
                        .single()
                == 1);
    }

    /** A fresh mailbox address. */
    protected static String mailbox(String name) {
        return name + "+" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    /** The log rows of one recipient and channel: status and outcome, oldest first. */
    protected List<Map<String, Object>> notifications(UUID recipientId, String channel) {
        return jdbc.sql(
                        """
                        select event_type, status, outcome, attempts, provider_ref from notification
                        where recipient_id = ? and channel = ? order by created_at, id
                        """)
                .params(recipientId, channel)
                .query()
                .listOfRows();
    }

    /** Waits until this recipient's notification for the event type on the channel has the status, and returns it. */
    protected Map<String, Object> awaitNotification(UUID recipientId, String channel, String eventType, String status) {
        return await().until(
                        () -> notifications(recipientId, channel).stream()
                                .filter(row -> eventType.equals(row.get("event_type")))
                                .filter(row -> status.equals(row.get("status")))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
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

    protected static JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    protected static String problemType(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        return JSON.readTree(response.body()).get("type").asString();
    }
}
