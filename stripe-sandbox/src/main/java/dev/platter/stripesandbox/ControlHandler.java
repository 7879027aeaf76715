package dev.platter.stripesandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Controls that real Stripe does not have, for tests and demos (JSON in and out):
 *
 * <ul>
 *   <li>{@code POST /_sandbox/faults/webhooks} {@code {"action": "drop|delay|duplicate", "count": 1, "delayMillis":
 *       2000, "copies": 3, "eventType": "payment_intent.amount_capturable_updated"}}
 *   <li>{@code POST /_sandbox/faults/responses} {@code {"method": "POST", "path": "/v1/payment_intents", "count": 1}}:
 *       do the work, then close the connection without answering
 *   <li>{@code DELETE /_sandbox/faults}
 *   <li>{@code POST /_sandbox/payment_intents/{id}/authenticate} {@code {"outcome": "succeed|fail"}}: the customer's
 *       3-D Secure step
 *   <li>{@code GET /_sandbox/payment_intents?metadata[order_id]=...}: intents by metadata
 *   <li>{@code GET /_sandbox/requests?path=...&idempotency_key=...}: the API requests received
 *   <li>{@code POST /_sandbox/events/{id}/resend}, {@code GET /_sandbox/deliveries?event_id=...}
 * </ul>
 */
final class ControlHandler implements HttpHandler {

    private static final Logger log = Logger.getLogger(ControlHandler.class.getName());

    private final SandboxState state;
    private final Faults faults;
    private final WebhookSender webhooks;

    ControlHandler(SandboxState state, Faults faults, WebhookSender webhooks) {
        this.state = state;
        this.faults = faults;
        this.webhooks = webhooks;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            var method = exchange.getRequestMethod().toUpperCase(java.util.Locale.ROOT);
            var path = exchange.getRequestURI().getPath().substring("/_sandbox/".length());
            var query = Form.parse(exchange.getRequestURI().getRawQuery());
            var text = Http.body(exchange);
            var body = text.isBlank() ? Http.JSON.createObjectNode() : Http.JSON.readTree(text);
            Http.json(exchange, 200, route(method, path.split("/"), query, body));
        } catch (StripeError error) {
            Http.json(exchange, error.status(), error.body());
        } catch (RuntimeException e) {
            log.log(Level.WARNING, "Control request failed", e);
            Http.json(
                    exchange,
                    400,
                    Map.of(
                            "error",
                            Map.of("type", "invalid_request_error", "message", String.valueOf(e.getMessage()))));
        } finally {
            exchange.close();
        }
    }

    private Object route(String method, String[] path, Form query, JsonNode body) {
        var route = method + " "
                + String.join(
                        "/",
                        path.length > 1 && path[0].equals("payment_intents")
                                        || path.length > 1 && path[0].equals("events")
                                ? new String[] {path[0], "{id}", path.length > 2 ? path[2] : ""}
                                : path);
        var id = path.length > 1 ? path[1] : "";
        switch (route) {
            case "POST faults/webhooks" -> {
                var action = Faults.WebhookAction.valueOf(
                        text(body, "action", "drop").toUpperCase(java.util.Locale.ROOT));
                faults.webhook(
                        action,
                        nullableText(body, "eventType"),
                        body.path("delayMillis").asLong(2000),
                        body.path("copies").asInt(3),
                        body.path("count").asInt(1));
                return faults.describe();
            }
            case "POST faults/responses" -> {
                faults.response(
                        nullableText(body, "method"),
                        nullableText(body, "path"),
                        body.path("count").asInt(1));
                return faults.describe();
            }
            case "DELETE faults" -> {
                faults.clear();
                return faults.describe();
            }
            case "POST payment_intents/{id}/authenticate" -> {
                var request = new SandboxState.Request(
                        SandboxState.id("req_"), null, state.config().apiVersion());
                return state.authenticate(id, !"fail".equals(text(body, "outcome", "succeed")), request);
            }
            case "GET payment_intents" -> {
                return Map.of("data", state.intentsWithMetadata(query.map("metadata")));
            }
            case "GET requests" -> {
                return Map.of("data", state.requests(query.string("path"), query.string("idempotency_key")));
            }
            case "POST events/{id}/resend" -> {
                state.resend(id);
                return Map.of("id", id, "resent", true);
            }
            case "GET deliveries" -> {
                var eventId = query.string("event_id");
                return Map.of("data", webhooks.attempts(eventId == null ? "" : eventId));
            }
            default -> throw StripeError.unknownPath(method, "/_sandbox/" + String.join("/", path));
        }
    }

    private static String text(JsonNode body, String field, String fallback) {
        var value = nullableText(body, field);
        return value == null ? fallback : value;
    }

    private static @Nullable String nullableText(JsonNode body, String field) {
        var node = body.get(field);
        return node == null || node.isNull() ? null : node.asString();
    }

    static Map<String, Object> describe(Map<String, Object> map) {
        return new LinkedHashMap<>(map);
    }
}
