package dev.platter.stripesandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;

/**
 * Stripe's API under {@code /v1}: form-encoded requests, JSON answers, errors in Stripe's shape, secret-key auth
 * (each key its own account), and {@code Idempotency-Key} on POSTs as {@link IdempotencyKeys} describes, replays
 * marked {@code Idempotent-Replayed: true}. Every request is logged in its account, and the account's response
 * faults may drop the answer after the work is done.
 */
final class ApiHandler implements HttpHandler {

    private static final Logger log = Logger.getLogger(ApiHandler.class.getName());

    private final Accounts accounts;

    ApiHandler(Accounts accounts) {
        this.accounts = accounts;
    }

    /** An answer: status, JSON body and the request id it was first made for. */
    private record Answer(int status, byte[] body, String requestId) {}

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        boolean held = false;
        try {
            held = respond(exchange);
        } catch (RuntimeException e) {
            log.log(Level.WARNING, "Request failed", e);
            Http.json(
                    exchange, 500, Map.of("error", Map.of("type", "api_error", "message", "The sandbox failed: " + e)));
        } finally {
            if (!held) {
                exchange.close();
            }
        }
    }

    /** Answers the request; true when its connection is held open without an answer (closed later). */
    private boolean respond(HttpExchange exchange) throws IOException {
        var method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        var path = exchange.getRequestURI().getPath();
        var body = Http.body(exchange);
        var requestId = SandboxState.id("req_");
        SandboxState account;
        try {
            account = accounts.of(exchange);
        } catch (StripeError error) {
            send(exchange, answer(error, requestId), false);
            return false;
        }
        var version = exchange.getRequestHeaders().getFirst("Stripe-Version");
        var key = method.equals("POST") ? exchange.getRequestHeaders().getFirst("Idempotency-Key") : null;
        var request = new SandboxState.Request(
                requestId,
                key,
                version == null || version.isBlank() ? accounts.config().apiVersion() : version);
        var form = Form.parse(
                method.equals("POST") ? body : exchange.getRequestURI().getRawQuery());
        Answer answer;
        boolean replayed = false;
        if (key == null) {
            answer = execute(account, method, path, form, request).answer();
        } else {
            var fingerprint = method + " " + path + "\n" + canonical(body);
            var keys = account.idempotencyKeys();
            var decision = keys.begin(key, fingerprint);
            if (decision instanceof IdempotencyKeys.Replay replay) {
                var saved = replay.saved();
                answer = new Answer(saved.status(), saved.body(), saved.requestId());
                replayed = true;
            } else if (decision instanceof IdempotencyKeys.Mismatch) {
                answer = answer(StripeError.idempotencyMismatch(key), requestId);
            } else if (decision instanceof IdempotencyKeys.InProgress) {
                answer = answer(StripeError.idempotencyInProgress(key), requestId);
            } else {
                var outcome = execute(account, method, path, form, request);
                answer = outcome.answer();
                if (outcome.saved()) {
                    keys.complete(key, fingerprint, answer.status(), answer.body(), answer.requestId());
                } else {
                    keys.release(key);
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
        account.log(entry);
        var drop = account.faults().dropResponse(method, path);
        if (drop != null) {
            log.info("Losing the response to " + method + " " + path + " (" + requestId + "): " + drop);
            if (drop.loss() == Faults.ResponseLoss.TIMEOUT) {
                accounts.later(exchange::close, Duration.ofMillis(drop.holdMillis()));
                return true;
            }
            Http.drop(exchange);
            return false;
        }
        send(exchange, answer, replayed);
        return false;
    }

    private void send(HttpExchange exchange, Answer answer, boolean replayed) throws IOException {
        var headers = new LinkedHashMap<String, String>();
        headers.put("Request-Id", answer.requestId());
        headers.put("Stripe-Version", accounts.config().apiVersion());
        if (replayed) {
            headers.put("Idempotent-Replayed", "true");
        }
        Http.send(exchange, answer.status(), answer.body(), headers);
    }

    /** What executing a request gave, and whether it is saved for its idempotency key. */
    private record Outcome(Answer answer, boolean saved) {}

    private Outcome execute(SandboxState account, String method, String path, Form form, SandboxState.Request request) {
        try {
            var body = Http.JSON.writeValueAsBytes(route(account, method, path, form, request));
            return new Outcome(new Answer(200, body, request.id()), true);
        } catch (StripeError error) {
            return new Outcome(answer(error, request.id()), !error.validation());
        } catch (RuntimeException e) {
            log.log(Level.WARNING, "Request failed", e);
            var body = Http.JSON.writeValueAsBytes(
                    Map.of("error", Map.of("type", "api_error", "message", "The sandbox failed: " + e)));
            return new Outcome(new Answer(500, body, request.id()), true);
        }
    }

    private static Answer answer(StripeError error, @Nullable String requestId) {
        return new Answer(
                error.status(),
                Http.JSON.writeValueAsBytes(error.body()),
                requestId == null ? SandboxState.id("req_") : requestId);
    }

    private static Map<String, Object> route(
            SandboxState account, String method, String path, Form form, SandboxState.Request request) {
        var parts = Arrays.stream(path.substring("/v1/".length()).split("/"))
                .filter(part -> !part.isEmpty())
                .toArray(String[]::new);
        if (parts.length > 3) {
            throw StripeError.unknownPath(method, path);
        }
        var resource = parts.length > 0 ? parts[0] : "";
        var route =
                method + " " + resource + (parts.length > 1 ? "/{id}" : "") + (parts.length > 2 ? "/" + parts[2] : "");
        var id = parts.length > 1 ? parts[1] : "";
        return switch (route) {
            case "POST payment_intents" -> account.createIntent(form, request);
            case "GET payment_intents" -> account.listIntents(form);
            case "GET payment_intents/{id}" -> account.retrieveIntent(id, form);
            case "POST payment_intents/{id}" -> account.updateIntent(id, form, request);
            case "POST payment_intents/{id}/confirm" -> account.confirmIntent(id, form, request);
            case "POST payment_intents/{id}/capture" -> account.captureIntent(id, form, request);
            case "POST payment_intents/{id}/cancel" -> account.cancelIntent(id, form, request);
            case "GET charges/{id}" -> account.retrieveCharge(id);
            case "GET payment_methods/{id}" -> account.retrievePaymentMethod(id);
            case "POST refunds" -> account.createRefund(form, request);
            case "GET refunds" -> account.listRefunds(form);
            case "GET refunds/{id}" -> account.retrieveRefund(id);
            case "GET events" -> account.listEvents(form);
            case "GET events/{id}" -> account.retrieveEvent(id);
            case "POST webhook_endpoints" -> account.createEndpoint(form);
            case "GET webhook_endpoints" -> account.listEndpoints(form);
            case "GET webhook_endpoints/{id}" -> account.retrieveEndpoint(id);
            case "DELETE webhook_endpoints/{id}" -> account.deleteEndpoint(id);
            default -> throw StripeError.unknownPath(method, path);
        };
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
}
