package dev.platter.payment;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.param.PaymentIntentConfirmParams;
import dev.platter.platform.test.StripeSandboxAccess;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * This run's account in the stripe-sandbox, as a test drives it: the customer's side of Stripe (confirming an intent
 * with a test card) through stripe-java; the control API (faults, the requests it received, deliveries, 3-D Secure)
 * through platform-test's {@link StripeSandboxAccess}; and the few queries that helper does not offer.
 */
public final class Sandbox {

    /** The sandbox's address: {@code STRIPE_API_BASE} (or {@code platter.test.stripe-api-base}). */
    public static final String API_BASE = StripeSandboxAccess.apiBase();

    /** This run's own account. */
    public static final String SECRET_KEY = StripeSandboxAccess.secretKey();

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StripeSandboxAccess account = StripeSandboxAccess.run();

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

    /** A refund made at the provider directly (from its dashboard), behind Platter's back. */
    public void refundOutsidePlatter(String intentId) {
        try {
            stripe.v1()
                    .refunds()
                    .create(com.stripe.param.RefundCreateParams.builder()
                            .setPaymentIntent(intentId)
                            .build());
        } catch (StripeException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The customer's 3-D Secure step. */
    public JsonNode authenticate(String intentId, boolean succeeds) {
        return account.authenticate(intentId, succeeds);
    }

    public List<JsonNode> intentsOfOrder(UUID orderId) {
        return list(request("GET", "/_sandbox/payment_intents?" + encode("metadata[order_id]") + "=" + orderId));
    }

    /** The API requests the sandbox received on this path. */
    public List<JsonNode> requests(String method, String path) {
        return account.requests(method, path);
    }

    /** The next {@code count} webhooks of the type are dropped, delayed or duplicated. */
    public void webhookFault(String action, String eventType, int count, int copies, long delayMillis) {
        switch (action) {
            case "drop" -> account.dropWebhooks(count, eventType);
            case "delay" -> account.delayWebhooks(count, eventType, Duration.ofMillis(delayMillis));
            case "duplicate" -> account.duplicateWebhooks(count, eventType, copies);
            default -> throw new IllegalArgumentException(action);
        }
    }

    /** The next {@code count} matching requests are executed, then their answers lost ({@code close} or {@code timeout}). */
    public void responseFault(String method, String path, int count, String mode, long holdMillis) {
        if (mode.equals("timeout")) {
            account.timeOutResponses(method, path, count, Duration.ofMillis(holdMillis));
        } else {
            account.dropResponses(method, path, count);
        }
    }

    public void clearFaults() {
        account.clearFaults();
    }

    /** The attempts to deliver this event to the account's endpoints. */
    public List<JsonNode> deliveries(String eventId) {
        return account.deliveries(eventId);
    }

    /** The account's events of this type, newest first. */
    public List<JsonNode> events(String type) {
        return list(request("GET", "/v1/events?limit=100&type=" + encode(type)));
    }

    private static JsonNode request(String method, String path) {
        var builder = HttpRequest.newBuilder(URI.create(API_BASE + path))
                .header("Authorization", "Bearer " + SECRET_KEY)
                .method(method, HttpRequest.BodyPublishers.noBody());
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
