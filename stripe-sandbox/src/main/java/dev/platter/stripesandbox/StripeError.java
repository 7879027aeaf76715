package dev.platter.stripesandbox;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An error answered in Stripe's shape: {@code {"error": {"type", "code", "decline_code", "message", "param", ...}}},
 * with Stripe's HTTP status (400 invalid request, 402 card error, 401 authentication, 404 missing, 409 idempotency
 * conflict).
 */
final class StripeError extends RuntimeException {

    private final int status;
    private final boolean validation;
    private final Map<String, Object> error;

    private StripeError(
            int status,
            String type,
            @Nullable String code,
            String message,
            @Nullable String param,
            boolean validation) {
        super(message, null, false, false);
        this.status = status;
        this.validation = validation;
        this.error = new LinkedHashMap<>();
        if (code != null) {
            error.put("code", code);
            error.put("doc_url", "https://docs.stripe.com/error-codes/" + code.replace('_', '-'));
        }
        error.put("message", message);
        if (param != null) {
            error.put("param", param);
        }
        error.put("type", type);
    }

    static StripeError missingParam(String param) {
        return new StripeError(
                400,
                "invalid_request_error",
                "parameter_missing",
                "Missing required param: " + param + ".",
                param,
                true);
    }

    static StripeError invalidParam(String param, String message) {
        return new StripeError(400, "invalid_request_error", "parameter_invalid_integer", message, param, true);
    }

    /**
     * An invalid request found while executing (saved for its idempotency key, unlike a parameter that fails
     * validation); a {@code payment_intent_unexpected_state} error carries the intent as it is.
     */
    static StripeError invalidRequest(
            String code, String message, @Nullable String param, @Nullable Map<String, Object> intent) {
        var validation = code.startsWith("parameter_") || code.equals("url_invalid");
        var error = new StripeError(400, "invalid_request_error", code, message, param, validation);
        if (intent != null) {
            error.error.put("payment_intent", intent);
        }
        return error;
    }

    static StripeError notFound(String kind, String id, String param) {
        return new StripeError(
                404, "invalid_request_error", "resource_missing", "No such " + kind + ": '" + id + "'", param, false);
    }

    static StripeError unauthenticated() {
        return new StripeError(
                401,
                "invalid_request_error",
                null,
                "You did not provide an API key. You need to provide your API key in the Authorization header, using "
                        + "Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#"
                        + "authentication for details, or we can help at https://support.stripe.com/.",
                null,
                true);
    }

    static StripeError invalidApiKey(String key) {
        var shown = key.length() > 12
                ? key.substring(0, 8) + "*".repeat(key.length() - 12) + key.substring(key.length() - 4)
                : key;
        return new StripeError(
                401,
                "invalid_request_error",
                "api_key_invalid",
                "Invalid API Key provided: " + shown + " (the sandbox accepts any secret test key, sk_test_...)",
                null,
                true);
    }

    static StripeError idempotencyMismatch(String key) {
        return new StripeError(
                400,
                "idempotency_error",
                null,
                "Keys for idempotent requests can only be used with the same parameters they were first used with. "
                        + "Try using a key other than '" + key + "' if you meant to execute a different request.",
                null,
                true);
    }

    static StripeError idempotencyInProgress(String key) {
        return new StripeError(
                409,
                "idempotency_error",
                null,
                "There is currently another in-progress request using this Idempotent Key (that probably means you "
                        + "submitted twice, and the other request is still going through): " + key
                        + ". Please try again later.",
                null,
                true);
    }

    static StripeError unknownPath(String method, String path) {
        return new StripeError(
                404,
                "invalid_request_error",
                null,
                "Unrecognized request URL (" + method + ": " + path + "). Please see https://stripe.com/docs or we "
                        + "can help at https://support.stripe.com/.",
                null,
                true);
    }

    /** A card error (402) naming the failed charge and carrying the PaymentIntent as it now is. */
    static StripeError card(
            String code, @Nullable String declineCode, String message, String charge, Map<String, Object> intent) {
        var error = new StripeError(402, "card_error", code, message, null, false);
        error.error.put("charge", charge);
        if (declineCode != null) {
            error.error.put("decline_code", declineCode);
        }
        error.error.put("payment_intent", intent);
        return error;
    }

    int status() {
        return status;
    }

    /** Whether the request failed before the endpoint began executing (nothing is saved for its idempotency key). */
    boolean validation() {
        return validation;
    }

    Map<String, Object> body() {
        return Map.of("error", error);
    }
}
