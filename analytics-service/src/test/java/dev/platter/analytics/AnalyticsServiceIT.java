package dev.platter.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.platter.platform.events.PlatterEvent;
import dev.platter.platform.test.TestTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of analytics-service's integration tests: the service on a random port consuming this run's topics, an HTTP
 * client, and people with tokens (from the test key server, judged by the same rules as real ones).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class AnalyticsServiceIT {

    protected static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${local.server.port}")
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    /** Waits until the service has handled every one of these events (its inbox has them). */
    protected void awaitHandled(Collection<? extends PlatterEvent> events) {
        var ids = events.stream()
                .map(event -> event.eventId().toString())
                .distinct()
                .toArray(String[]::new);
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> jdbc.queryForObject(
                                "select count(*) from platform_inbox where event_id = any(?::uuid[])",
                                Long.class,
                                (Object) ids),
                        count -> count == ids.length);
    }

    /** Someone with a token: their id and the token. */
    protected record Person(UUID id, String token) {}

    protected static Person person(String role) {
        var id = UUID.randomUUID();
        return new Person(id, TestTokens.forUser(id, role));
    }

    protected static Person owner() {
        return person("RESTAURANT_OWNER");
    }

    protected static Person admin() {
        return person("ADMIN");
    }

    protected HttpResponse<String> get(String path, @Nullable String token) throws IOException, InterruptedException {
        var request = request(path).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    protected HttpResponse<String> post(String path, String token) throws IOException, InterruptedException {
        var request = request(path)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30));
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
}
