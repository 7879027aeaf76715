package dev.platter.stripesandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Controls that real Stripe does not have, for tests and demos. JSON in and out, and authenticated like the API: the
 * secret key names the account they act on, so one test's faults never touch another's requests.
 *
 * <ul>
 *   <li>{@code POST /_sandbox/faults/webhooks} {@code {"action": "drop|delay|duplicate", "count": 1, "delayMillis":
 *       2000, "copies": 3, "eventType": "payment_intent.succeeded"}}: the next {@code count} webhook deliveries (of
 *       that event type, if given) are dropped, delayed, or delivered {@code copies} times at once
 *   <li>{@code POST /_sandbox/faults/responses} {@code {"method": "POST", "path": "/v1/payment_intents", "count": 1,
 *       "mode": "close|timeout", "holdMillis": 30000}}: the next {@code count} matching requests are executed, then
 *       the connection closes without an answer ({@code close}), or stays open without one for {@code holdMillis}
 *       ({@code timeout}); {@code *} in the path matches one segment
 *   <li>{@code GET /_sandbox/faults}: the faults still armed; {@code DELETE /_sandbox/faults}: disarm them all
 *   <li>{@code GET /_sandbox/requests?method=POST&path=/v1/payment_intents&idempotency_key=...}: the API requests
 *       received, oldest first
 *   <li>{@code GET /_sandbox/deliveries?event_id=...}: webhook delivery attempts
 *   <li>{@code POST /_sandbox/payment_intents/{id}/authenticate} {@code {"outcome": "succeed|fail"}}: the customer's
 *       3-D Secure step for an intent that requires action
 *   <li>{@code GET /_sandbox/payment_intents?metadata[order_id]=...}: intents by metadata
 *   <li>{@code POST /_sandbox/events/{id}/resend}: post an event again to the endpoints that want it
 * </ul>
 */
final class ControlHandler implements HttpHandler {

    private static final Logger log = Logger.getLogger(ControlHandler.class.getName());

    private final Accounts accounts;

    ControlHandler(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            var account = accounts.of(exchange);
            var method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            var path = exchange.getRequestURI().getPath().substring("/_sandbox/".length());
            var query = Form.parse(exchange.getRequestURI().getRawQuery());
            var text = Http.body(exchange);
            var body = text.isBlank() ? Http.JSON.createObjectNode() : Http.JSON.readTree(text);
            Http.json(exchange, 200, route(account, method, path.split("/"), query, body));
        } catch (StripeError error) {
            Http.json(exchange, error.status(), error.body());
        } catch (JacksonException | IllegalArgumentException e) {
            Http.json(
                    exchange, 400, Map.of("error", Map.of("type", "invalid_request_error", "message", e.getMessage())));
        } catch (RuntimeException e) {
            log.log(Level.WARNING, "Control request failed", e);
            Http.json(exchange, 500, Map.of("error", Map.of("type", "api_error", "message", String.valueOf(e))));
        } finally {
            exchange.close();
        }
    }

    private static Object route(SandboxState account, String method, String[] path, Form query, JsonNode body) {
        boolean withId = path.length > 1 && (path[0].equals("payment_intents") || path[0].equals("events"));
        var route = method + " "
                + (withId ? path[0] + "/{id}" + (path.length > 2 ? "/" + path[2] : "") : String.join("/", path));
        var id = path.length > 1 ? path[1] : "";
        var faults = account.faults();
        switch (route) {
            case "POST faults/webhooks" -> {
                var action = Faults.WebhookAction.valueOf(
                        text(body, "action", "drop").toUpperCase(Locale.ROOT));
                if (action == Faults.WebhookAction.DELIVER) {
                    throw new IllegalArgumentException("action must be drop, delay or duplicate");
                }
                faults.webhook(
                        action,
                        nullableText(body, "eventType"),
                        body.path("delayMillis").asLong(2000),
                        body.path("copies").asInt(3),
                        body.path("count").asInt(1));
                return faults.describe();
            }
            case "POST faults/responses" -> {
                var loss =
                        Faults.ResponseLoss.valueOf(text(body, "mode", "close").toUpperCase(Locale.ROOT));
                faults.response(
                        nullableText(body, "method"),
                        nullableText(body, "path"),
                        new Faults.ResponseDrop(loss, body.path("holdMillis").asLong(30_000)),
                        body.path("count").asInt(1));
                return faults.describe();
            }
            case "GET faults" -> {
                return faults.describe();
            }
            case "DELETE faults" -> {
                faults.clear();
                return faults.describe();
            }
            case "POST payment_intents/{id}/authenticate" -> {
                var request =
                        new SandboxState.Request(null, null, account.config().apiVersion());
                return account.authenticate(id, !"fail".equals(text(body, "outcome", "succeed")), request);
            }
            case "GET payment_intents" -> {
                return Map.of("data", account.intentsWithMetadata(query.map("metadata")));
            }
            case "GET requests" -> {
                return Map.of(
                        "data",
                        account.requests(
                                query.string("method"), query.string("path"), query.string("idempotency_key")));
            }
            case "GET deliveries" -> {
                return Map.of("data", account.deliveries(query.string("event_id")));
            }
            case "POST events/{id}/resend" -> {
                account.resend(id);
                return Map.of("id", id, "resent", true);
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
}
