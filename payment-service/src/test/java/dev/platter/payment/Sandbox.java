package dev.platter.payment;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.param.PaymentIntentConfirmParams;
import dev.platter.platform.test.TestRun;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * This run's account in the stripe-sandbox, as a test drives it: the customer's side of Stripe (confirming an intent
 * with a test card, 3-D Secure) through stripe-java, and the sandbox's control API (faults, the requests it received,
 * intents by metadata, events).
 */
public final class Sandbox {

    /** The sandbox's address: {@code STRIPE_API_BASE} as a system property or environment variable. */
    public static final String API_BASE = System.getProperty(
            "STRIPE_API_BASE", System.getenv().getOrDefault("STRIPE_API_BASE", "http://127.0.0.1:12111"));

    /** This run's own account. */
    public static final String SECRET_KEY = "sk_test_" + TestRun.id();

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StripeClient stripe =
            StripeClient.builder().setApiKey(SECRET_KEY).setApiBase(API_BASE).build();

    /** The customer confirms the intent in the app with a Stripe test payment method (e.g. {@code pm_card_visa}). */
    public PaymentIntent confirm(String intentId, String paymentMethod) {
        try {
            return stripe.v1()
                    .paymentIntents()
                    .confirm(
                            intentId,
                            PaymentIntentConfirmParams.builder()
                                    .setPaymentMethod(paymentMethod)
                                    .build());
        } catch (StripeException declined) {
            return intent(intentId);
        }
    }

    public PaymentIntent intent(String intentId) {
        try {
            return stripe.v1().paymentIntents().retrieve(intentId);
        } catch (StripeException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The customer's 3-D Secure step. */
    public JsonNode authenticate(String intentId, boolean succeeds) {
        return control(
                "POST",
                "/_sandbox/payment_intents/" + intentId + "/authenticate",
                Map.of("outcome", succeeds ? "succeed" : "fail"));
    }

    public List<JsonNode> intentsOfOrder(UUID orderId) {
        return list(control("GET", "/_sandbox/payment_intents?" + encode("metadata[order_id]") + "=" + orderId, null));
    }

    /** The API requests the sandbox received on this path (and with this idempotency key, if given). */
    public List<JsonNode> requests(String method, String path) {
        return list(control("GET", "/_sandbox/requests?method=" + method + "&path=" + encode(path), null));
    }

    public void webhookFault(String action, String eventType, int count, int copies, long delayMillis) {
        control(
                "POST",
                "/_sandbox/faults/webhooks",
                Map.of(
                        "action",
                        action,
                        "eventType",
                        eventType,
                        "count",
                        count,
                        "copies",
                        copies,
                        "delayMillis",
                        delayMillis));
    }

    /** The next {@code count} matching requests are executed, then their answers lost ({@code close} or {@code timeout}). */
    public void responseFault(String method, String path, int count, String mode, long holdMillis) {
        control(
                "POST",
                "/_sandbox/faults/responses",
                Map.of("method", method, "path", path, "count", count, "mode", mode, "holdMillis", holdMillis));
    }

    public void clearFaults() {
        control("DELETE", "/_sandbox/faults", null);
    }

    /** The account's events of this type, newest first. */
    public List<JsonNode> events(String type) {
        var response = request("GET", "/v1/events?limit=100&type=" + encode(type), null);
        return list(response);
    }

    /** The attempts to deliver this event to the account's endpoints. */
    public List<JsonNode> deliveries(String eventId) {
        return list(control("GET", "/_sandbox/deliveries?event_id=" + encode(eventId), null));
    }

    public void resend(String eventId) {
        control("POST", "/_sandbox/events/" + eventId + "/resend", null);
    }

    private JsonNode control(String method, String path, Object body) {
        return request(method, path, body);
    }

    private static JsonNode request(String method, String path, Object body) {
        var builder = HttpRequest.newBuilder(URI.create(API_BASE + path))
                .header("Authorization", "Bearer " + SECRET_KEY)
                .header("Content-Type", "application/json");
        builder.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        try {
            var response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(
                        method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<JsonNode> list(JsonNode answer) {
        var items = new ArrayList<JsonNode>();
        answer.path("data").forEach(items::add);
        return items;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
