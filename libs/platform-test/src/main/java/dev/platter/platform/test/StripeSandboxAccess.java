package dev.platter.platform.test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Stripe sandbox that {@code ./platform} runs, from a test: where it is, this run's secret key, and its control
 * API (webhook and response faults, the requests it received, the webhooks it sent, the customer's 3-D Secure step).
 *
 * <p>Each secret key is an account of its own in the sandbox (objects, events, webhook endpoints, idempotency keys
 * and faults), so a run that uses {@link #secretKey()} never sees another run's world, and a test that arms faults
 * may take an account of its own with {@link #account(String)} so its faults never touch another test's requests.
 */
public final class StripeSandboxAccess {

    /** The sandbox's address, unless {@code platter.test.stripe-api-base} or {@code STRIPE_API_BASE} says otherwise. */
    public static final String DEFAULT_API_BASE = "http://127.0.0.1:12111";

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String secretKey;

    private StripeSandboxAccess(String secretKey) {
        this.secretKey = secretKey;
    }

    /** Where stripe-java is to send requests: {@code StripeClient.builder().setApiBase(apiBase())}. */
    public static String apiBase() {
        var property = System.getProperty("platter.test.stripe-api-base");
        if (property != null && !property.isBlank()) {
            return property;
        }
        var env = System.getenv("STRIPE_API_BASE");
        return env == null || env.isBlank() ? DEFAULT_API_BASE : env;
    }

    /** This run's secret key, {@code sk_test_<run id>}: one sandbox account for the whole run. */
    public static String secretKey() {
        return "sk_test_" + TestRun.id();
    }

    /** This run's account. */
    public static StripeSandboxAccess run() {
        return new StripeSandboxAccess(secretKey());
    }

    /** An account of this run for one purpose (e.g. a test class), key {@code sk_test_<run id>_<purpose>}. */
    public static StripeSandboxAccess account(String purpose) {
        if (!purpose.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("An account purpose is letters, digits and _: " + purpose);
        }
        return new StripeSandboxAccess(secretKey() + "_" + purpose);
    }

    /** The account of any secret key. */
    public static StripeSandboxAccess of(String secretKey) {
        return new StripeSandboxAccess(secretKey);
    }

    /** Whether the sandbox answers its health check. */
    public static boolean isUp() {
        try {
            var response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(apiBase() + "/actuator/health"))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public String key() {
        return secretKey;
    }

    /** The next {@code count} webhooks (of {@code eventType}, or any when null) are never delivered. */
    public void dropWebhooks(int count, @Nullable String eventType) {
        webhookFault("drop", count, eventType, Map.of());
    }

    /** The next {@code count} webhooks (of {@code eventType}, or any when null) are delivered {@code delay} late. */
    public void delayWebhooks(int count, @Nullable String eventType, Duration delay) {
        webhookFault("delay", count, eventType, Map.of("delayMillis", delay.toMillis()));
    }

    /** The next {@code count} webhooks (of {@code eventType}, or any) are delivered {@code copies} times at once. */
    public void duplicateWebhooks(int count, @Nullable String eventType, int copies) {
        webhookFault("duplicate", count, eventType, Map.of("copies", copies));
    }

    /**
     * The next {@code count} requests to {@code method path} ({@code *} matches one path segment) are executed and
     * their connection closed without an answer. stripe-java's transport posts such a request once more by itself,
     * so a fault of count 1 is absorbed by that repost.
     */
    public void dropResponses(String method, String path, int count) {
        control("POST", "/_sandbox/faults/responses", Map.of("method", method, "path", path, "count", count));
    }

    /**
     * The next {@code count} requests to {@code method path} are executed and left unanswered for {@code hold}, so
     * the client's read timeout fires (stripe-java retries that, with the same idempotency key, when its
     * {@code maxNetworkRetries} is set).
     */
    public void timeOutResponses(String method, String path, int count, Duration hold) {
        control(
                "POST",
                "/_sandbox/faults/responses",
                Map.of(
                        "method",
                        method,
                        "path",
                        path,
                        "count",
                        count,
                        "mode",
                        "timeout",
                        "holdMillis",
                        hold.toMillis()));
    }

    /** The faults still armed: {@code {"webhooks": [...], "responses": [...]}}. */
    public JsonNode faults() {
        return control("GET", "/_sandbox/faults", null);
    }

    public void clearFaults() {
        control("DELETE", "/_sandbox/faults", null);
    }

    /**
     * The API requests the account received, oldest first (each with {@code method}, {@code path},
     * {@code idempotency_key}, {@code replayed}, {@code status}, {@code params}), optionally only those of a method
     * and a path pattern.
     */
    public List<JsonNode> requests(@Nullable String method, @Nullable String path) {
        var query = new StringBuilder("/_sandbox/requests?");
        if (method != null) {
            query.append("method=").append(encode(method)).append('&');
        }
        if (path != null) {
            query.append("path=").append(encode(path));
        }
        return list(control("GET", query.toString(), null));
    }

    /** The webhook delivery attempts of an event (or of all events when null): endpoint, attempt, status. */
    public List<JsonNode> deliveries(@Nullable String eventId) {
        var path = "/_sandbox/deliveries" + (eventId == null ? "" : "?event_id=" + encode(eventId));
        return list(control("GET", path, null));
    }

    /** The customer completes (or fails) 3-D Secure for an intent that requires action; answers the intent. */
    public JsonNode authenticate(String paymentIntentId, boolean succeeds) {
        return control(
                "POST",
                "/_sandbox/payment_intents/" + encode(paymentIntentId) + "/authenticate",
                Map.of("outcome", succeeds ? "succeed" : "fail"));
    }

    private void webhookFault(String action, int count, @Nullable String eventType, Map<String, Object> extra) {
        var body = new LinkedHashMap<String, Object>();
        body.put("action", action);
        body.put("count", count);
        if (eventType != null) {
            body.put("eventType", eventType);
        }
        body.putAll(extra);
        control("POST", "/_sandbox/faults/webhooks", body);
    }

    private JsonNode control(String method, String path, @Nullable Map<String, Object> body) {
        var request = HttpRequest.newBuilder(URI.create(apiBase() + path))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + secretKey)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        try {
            var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The Stripe sandbox at " + apiBase() + " answered " + method + " "
                        + path + " with " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(
                    "The Stripe sandbox does not answer at " + apiBase() + " (./platform infra starts it)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted calling the Stripe sandbox", e);
        }
    }

    private static List<JsonNode> list(JsonNode answer) {
        var data = new ArrayList<JsonNode>();
        answer.path("data").forEach(data::add);
        return data;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8)
                .replace("%2F", "/")
                .replace("%2A", "*");
    }
}
