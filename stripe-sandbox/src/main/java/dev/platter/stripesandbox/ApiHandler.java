package dev.platter.stripesandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;

/**
 * Stripe's API under {@code /v1}: form-encoded requests, JSON answers, errors in Stripe's shape, Bearer API keys, and
 * {@code Idempotency-Key} as Stripe documents it: the first result of a POST (success or error) is kept; the same key
 * with the same parameters replays it ({@code Idempotent-Replayed: true}); with different parameters it is an
 * {@code idempotency_error}.
 */
final class ApiHandler implements HttpHandler {

    private static final Logger log = Logger.getLogger(ApiHandler.class.getName());

    private final SandboxState state;
    private final Faults faults;

    ApiHandler(SandboxState state, Faults faults) {
        this.state = state;
        this.faults = faults;
    }

    /** An answer: status and JSON body. */
    private record Answer(int status, byte[] body) {}

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            respond(exchange);
        } catch (RuntimeException e) {
            log.log(Level.WARNING, "Request failed", e);
            Http.json(exchange, 500, Map.of("error", Map.of("type", "api_error", "message", "Sandbox error")));
        } finally {
            exchange.close();
        }
    }

    private void respond(HttpExchange exchange) throws IOException {
        var method = exchange.getRequestMethod().toUpperCase(java.util.Locale.ROOT);
        var path = exchange.getRequestURI().getPath();
        var body = Http.body(exchange);
        var apiKey = apiKey(exchange.getRequestHeaders().getFirst("Authorization"));
        var requestId = SandboxState.id("req_");
        if (apiKey == null) {
            send(exchange, answer(StripeError.unauthenticated()), requestId, false, method, path);
            return;
        }
        var version = exchange.getRequestHeaders().getFirst("Stripe-Version");
        var key = method.equals("POST") ? exchange.getRequestHeaders().getFirst("Idempotency-Key") : null;
        var request = new SandboxState.Request(
                requestId,
                key,
                version == null || version.isBlank() ? state.config().apiVersion() : version);
        var form = Form.parse(
                method.equals("GET") || method.equals("DELETE")
                        ? exchange.getRequestURI().getRawQuery()
                        : body);
        Answer answer;
        boolean replayed = false;
        if (key == null) {
            answer = execute(method, path, form, request);
        } else {
            var scope = apiKey + "\n" + key;
            var fingerprint = method + " " + path + "\n" + canonical(body);
            synchronized (state) {
                var earlier = state.idempotent(scope);
                if (earlier == null) {
                    answer = execute(method, path, form, request);
                    if (answer.status() < 500) {
                        state.remember(
                                scope,
                                new SandboxState.Idempotent(
                                        fingerprint, answer.status(), answer.body(), System.currentTimeMillis()));
                    }
                } else if (!earlier.fingerprint().equals(fingerprint)) {
                    answer = answer(StripeError.idempotencyMismatch(key));
                } else {
                    answer = new Answer(earlier.status(), earlier.body());
                    replayed = true;
                }
            }
        }
        var entry = new LinkedHashMap<String, Object>();
        entry.put("id", requestId);
        entry.put("method", method);
        entry.put("path", path);
        entry.put("idempotency_key", key);
        entry.put("replayed", replayed);
        entry.put("status", answer.status());
        entry.put("params", form.values());
        entry.put("stripe_version", version);
        entry.put("at", System.currentTimeMillis());
        state.log(entry);
        send(exchange, answer, requestId, replayed, method, path);
    }

    private void send(
            HttpExchange exchange, Answer answer, String requestId, boolean replayed, String method, String path)
            throws IOException {
        if (faults.dropResponse(method, path)) {
            log.info("Dropping the response to " + method + " " + path + " (" + requestId + ")");
            Http.drop(exchange);
            return;
        }
        var headers = new LinkedHashMap<String, String>();
        headers.put("Request-Id", requestId);
        if (replayed) {
            headers.put("Idempotent-Replayed", "true");
        }
        Http.send(exchange, answer.status(), answer.body(), headers);
    }

    private Answer execute(String method, String path, Form form, SandboxState.Request request) {
        try {
            return new Answer(200, Http.JSON.writeValueAsBytes(route(method, path, form, request)));
        } catch (StripeError error) {
            return answer(error);
        }
    }

    private static Answer answer(StripeError error) {
        return new Answer(error.status(), Http.JSON.writeValueAsBytes(error.body()));
    }

    private Map<String, Object> route(String method, String path, Form form, SandboxState.Request request) {
        var parts = Arrays.stream(path.substring("/v1/".length()).split("/"))
                .filter(part -> !part.isEmpty())
                .toArray(String[]::new);
        var resource = parts.length > 0 ? parts[0] : "";
        var route = method + " " + resource + "/" + (parts.length > 1 ? "{id}" : "")
                + (parts.length > 2 ? "/" + parts[2] : "");
        if (parts.length > 3) {
            throw StripeError.unknownPath(method, path);
        }
        var id = parts.length > 1 ? parts[1] : "";
        return switch (route) {
            case "POST payment_intents/" -> state.createIntent(form, request);
            case "GET payment_intents/" -> state.listIntents(limit(form));
            case "GET payment_intents/{id}" -> state.retrieveIntent(id);
            case "POST payment_intents/{id}/confirm" -> state.confirmIntent(id, form, request);
            case "POST payment_intents/{id}/capture" -> state.captureIntent(id, form, request);
            case "POST payment_intents/{id}/cancel" -> state.cancelIntent(id, form, request);
            case "POST refunds/" -> state.createRefund(form, request);
            case "GET refunds/{id}" -> state.retrieveRefund(id);
            case "GET events/" -> state.listEvents(limit(form), form.string("type"));
            case "GET events/{id}" -> state.retrieveEvent(id);
            case "POST webhook_endpoints/" -> state.createEndpoint(form, request);
            case "GET webhook_endpoints/" -> state.listEndpoints(limit(form));
            case "GET webhook_endpoints/{id}" -> state.retrieveEndpoint(id);
            case "DELETE webhook_endpoints/{id}" -> state.deleteEndpoint(id);
            default -> throw StripeError.unknownPath(method, path);
        };
    }

    private static int limit(Form form) {
        var limit = form.positiveLong("limit");
        if (limit != null && limit > 100) {
            throw StripeError.invalidParam("limit", "This value must be less than or equal to 100.");
        }
        return limit == null ? 10 : limit.intValue();
    }

    /** The parameters in a canonical order, so the same parameters compare equal however they were ordered. */
    private static String canonical(String body) {
        return String.join(
                "&",
                Arrays.stream(body.split("&"))
                        .filter(p -> !p.isEmpty())
                        .sorted()
                        .toList());
    }

    private static @Nullable String apiKey(@Nullable String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        var key = authorization.substring("Bearer ".length()).trim();
        return key.startsWith("sk_") || key.startsWith("rk_") ? key : null;
    }
}
