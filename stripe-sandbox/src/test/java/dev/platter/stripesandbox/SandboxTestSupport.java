package dev.platter.stripesandbox;

import com.stripe.StripeClient;
import com.stripe.model.PaymentIntent;
import com.stripe.param.PaymentIntentCreateParams;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;

/**
 * A sandbox on a free port for the test class, and for each test a fresh secret key (so a fresh account), a
 * stripe-java client on it, and calls to the control API.
 */
abstract class SandboxTestSupport {

    static final long SPICE_GARDEN_THALI = 34950;

    static StripeSandbox sandbox;

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    String secretKey;
    StripeClient stripe;

    @BeforeAll
    static void startSandbox() {
        sandbox = StripeSandbox.start(SandboxConfig.onPort(0).withWebhookRetryDelay(Duration.ofMillis(50)));
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @BeforeEach
    void newAccount() {
        secretKey = newSecretKey();
        stripe = client(secretKey);
    }

    static String newSecretKey() {
        return "sk_test_" + UUID.randomUUID().toString().replace("-", "");
    }

    static StripeClient client(String key) {
        return StripeClient.builder()
                .setApiKey(key)
                .setApiBase(sandbox.apiBase())
                .build();
    }

    static PaymentIntentCreateParams manualIntent(String orderId) {
        return PaymentIntentCreateParams.builder()
                .setAmount(SPICE_GARDEN_THALI)
                .setCurrency("inr")
                .setCaptureMethod(PaymentIntentCreateParams.CaptureMethod.MANUAL)
                .putMetadata("order_id", orderId)
                .build();
    }

    PaymentIntent authorisedIntent() throws Exception {
        var intent = stripe.v1()
                .paymentIntents()
                .create(manualIntent(UUID.randomUUID().toString()));
        return stripe.v1()
                .paymentIntents()
                .confirm(
                        intent.getId(),
                        com.stripe.param.PaymentIntentConfirmParams.builder()
                                .setPaymentMethod("pm_card_visa")
                                .build());
    }

    /** A control API call with this test's key; fails unless the answer is 200. */
    JsonNode control(String method, String path, String json) {
        var response = call(secretKey, method, path, json);
        if (response.statusCode() != 200) {
            throw new AssertionError(
                    method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return Http.JSON.readTree(response.body());
    }

    JsonNode control(String method, String path) {
        return control(method, path, "");
    }

    static HttpResponse<String> call(String key, String method, String path, String body) {
        return call(key, method, path, body, null);
    }

    static HttpResponse<String> call(String key, String method, String path, String body, String idempotencyKey) {
        var request = HttpRequest.newBuilder(URI.create(sandbox.apiBase() + path))
                .method(
                        method,
                        body.isEmpty()
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body))
                .header(
                        "Content-Type",
                        path.startsWith("/v1/") ? "application/x-www-form-urlencoded" : "application/json");
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
