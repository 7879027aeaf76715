package dev.platter.stripesandbox;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An error answered in Stripe's shape: {@code {"error": {"type", "code", "message", "param", ...}}}. */
final class StripeError extends RuntimeException {

    private final int status;
    private final Map<String, Object> error;

    private StripeError(int status, String type, @Nullable String code, String message, @Nullable String param) {
        super(message);
        this.status = status;
        this.error = new LinkedHashMap<>();
        error.put("type", type);
        if (code != null) {
            error.put("code", code);
        }
        error.put("message", message);
        if (param != null) {
            error.put("param", param);
        }
    }

    static StripeError missingParam(String param) {
        return new StripeError(
                400, "invalid_request_error", "parameter_missing", "Missing required param: " + param + ".", param);
    }

    static StripeError invalidParam(String param, String message) {
        return new StripeError(400, "invalid_request_error", "parameter_invalid_integer", message, param);
    }

    static StripeError invalidRequest(String code, String message, @Nullable String param) {
        return new StripeError(400, "invalid_request_error", code, message, param);
    }

    static StripeError notFound(String kind, String id) {
        return new StripeError(
                404, "invalid_request_error", "resource_missing", "No such " + kind + ": '" + id + "'", "id");
    }

    static StripeError unexpectedState(String id, String status, String action) {
        return new StripeError(
                400,
                "invalid_request_error",
                "payment_intent_unexpected_state",
                "This PaymentIntent (" + id + ") could not be " + action + " because it has a status of " + status
                        + ".",
                null);
    }

    static StripeError unauthenticated() {
        return new StripeError(
                401,
                "invalid_request_error",
                null,
                "You did not provide an API key. Provide it as a Bearer token in the Authorization header.",
                null);
    }

    static StripeError idempotencyMismatch(String key) {
        return new StripeError(
                400,
                "idempotency_error",
                null,
                "Keys for idempotent requests can only be used with the same parameters they were first used with. "
                        + "Try using a key other than '" + key + "' if you meant to execute a different request.",
                null);
    }

    static StripeError unknownPath(String method, String path) {
        return new StripeError(
                404, "invalid_request_error", null, "Unrecognized request URL (" + method + ": " + path + ").", null);
    }

    /** A card error (402) carrying the PaymentIntent as it now is. */
    static StripeError card(String code, @Nullable String declineCode, String message, Map<String, Object> intent) {
        var error = new StripeError(402, "card_error", code, message, null);
        if (declineCode != null) {
            error.error.put("decline_code", declineCode);
        }
        error.error.put("payment_intent", intent);
        return error;
    }

    int status() {
        return status;
    }

    Map<String, Object> body() {
        return Map.of("error", error);
    }
}
