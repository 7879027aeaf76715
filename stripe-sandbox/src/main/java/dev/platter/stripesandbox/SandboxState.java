package dev.platter.stripesandbox;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything the sandbox knows, in memory, behind one lock: PaymentIntents and their charge, refunds, events,
 * webhook endpoints, idempotent results and a log of requests. It is a stand-in for an outside provider, so its
 * state lives as long as the process.
 */
final class SandboxState {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final int MAX_REQUEST_LOG = 20_000;
    private static final Set<String> CANCELABLE = Set.of(
            "requires_payment_method", "requires_confirmation", "requires_action", "processing", "requires_capture");

    private final SandboxConfig config;
    private final Clock clock;
    private final WebhookSender webhooks;
    private final Map<String, Intent> intents = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> refunds = new LinkedHashMap<>();
    private final Map<String, Event> events = new LinkedHashMap<>();
    private final Map<String, Endpoint> endpoints = new LinkedHashMap<>();
    private final Map<String, Idempotent> idempotent = new LinkedHashMap<>();
    private final List<Map<String, Object>> requestLog = new ArrayList<>();

    SandboxState(SandboxConfig config, Clock clock, WebhookSender webhooks) {
        this.config = config;
        this.clock = clock;
        this.webhooks = webhooks;
    }

    SandboxConfig config() {
        return config;
    }

    /** The request being handled: its id, idempotency key and API version, for the events it causes. */
    record Request(String id, @Nullable String idempotencyKey, String apiVersion) {}

    /** A stored answer for an idempotency key. */
    record Idempotent(String fingerprint, int status, byte[] body, long createdAt) {}

    private static final class Intent {
        String id;
        long amount;
        String currency;
        String captureMethod;
        String status;
        String clientSecret;
        Map<String, String> metadata;

        @Nullable
        String description;

        @Nullable
        String paymentMethod;

        long amountCapturable;
        long amountReceived;
        long amountRefunded;

        @Nullable
        Map<String, Object> lastPaymentError;

        @Nullable
        Map<String, Object> nextAction;

        @Nullable
        String latestCharge;

        @Nullable
        Long canceledAt;

        @Nullable
        String cancellationReason;

        long created;
    }

    private record Event(String id, String type, long created, Map<String, Object> object, Request request) {}

    private record Endpoint(
            String id,
            String url,
            List<String> enabledEvents,
            String apiVersion,
            String secret,
            @Nullable String description,
            Map<String, String> metadata,
            long created) {

        boolean wants(String type) {
            return enabledEvents.contains("*") || enabledEvents.contains(type);
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Idempotency and the request log
    // ------------------------------------------------------------------------------------------------------------

    synchronized @Nullable Idempotent idempotent(String scope) {
        return idempotent.get(scope);
    }

    synchronized void remember(String scope, Idempotent result) {
        if (idempotent.size() > 50_000) {
            long cutoff = clock.millis() - 24L * 3600 * 1000;
            idempotent.values().removeIf(entry -> entry.createdAt() < cutoff);
        }
        idempotent.put(scope, result);
    }

    synchronized void log(Map<String, Object> entry) {
        if (requestLog.size() >= MAX_REQUEST_LOG) {
            requestLog.subList(0, MAX_REQUEST_LOG / 2).clear();
        }
        requestLog.add(entry);
    }

    synchronized List<Map<String, Object>> requests(@Nullable String path, @Nullable String idempotencyKey) {
        return requestLog.stream()
                .filter(entry -> path == null || path.equals(entry.get("path")))
                .filter(entry -> idempotencyKey == null || idempotencyKey.equals(entry.get("idempotency_key")))
                .toList();
    }

    // ------------------------------------------------------------------------------------------------------------
    // PaymentIntents
    // ------------------------------------------------------------------------------------------------------------

    synchronized Map<String, Object> createIntent(Form form, Request request) {
        var amount = form.positiveLong("amount");
        if (amount == null) {
            throw StripeError.missingParam("amount");
        }
        var currency = form.required("currency").toLowerCase(java.util.Locale.ROOT);
        if (!currency.matches("[a-z]{3}")) {
            throw StripeError.invalidRequest("parameter_invalid_string", "Invalid currency: " + currency, "currency");
        }
        var captureMethod = form.string("capture_method") == null ? "automatic" : form.string("capture_method");
        if (!Set.of("automatic", "automatic_async", "manual").contains(captureMethod)) {
            throw StripeError.invalidRequest("parameter_invalid_string", "Invalid capture_method", "capture_method");
        }
        var intent = new Intent();
        intent.id = id("pi_");
        intent.amount = amount;
        intent.currency = currency;
        intent.captureMethod = captureMethod;
        intent.clientSecret = intent.id + "_secret_" + random(24);
        intent.metadata = form.map("metadata");
        intent.description = form.string("description");
        intent.paymentMethod = form.string("payment_method");
        intent.status = intent.paymentMethod == null ? "requires_payment_method" : "requires_confirmation";
        intent.created = now();
        intents.put(intent.id, intent);
        emit("payment_intent.created", json(intent), request);
        if (form.bool("confirm")) {
            return confirm(intent, intent.paymentMethod, request);
        }
        return json(intent);
    }

    synchronized Map<String, Object> retrieveIntent(String id) {
        return json(intent(id));
    }

    synchronized Map<String, Object> listIntents(int limit) {
        var all = new ArrayList<>(intents.values());
        all.sort(Comparator.comparingLong((Intent intent) -> intent.created).reversed());
        return list(
                "/v1/payment_intents",
                all.stream().limit(limit).map(SandboxState::json).toList(),
                all.size() > limit);
    }

    /** Intents whose metadata has every given key and value (a control query for tests). */
    synchronized List<Map<String, Object>> intentsWithMetadata(Map<String, String> metadata) {
        return intents.values().stream()
                .filter(intent -> intent.metadata.entrySet().containsAll(metadata.entrySet()))
                .map(SandboxState::json)
                .toList();
    }

    synchronized Map<String, Object> confirmIntent(String id, Form form, Request request) {
        var intent = intent(id);
        var paymentMethod =
                form.string("payment_method") != null ? form.string("payment_method") : intent.paymentMethod;
        return confirm(intent, paymentMethod, request);
    }

    private Map<String, Object> confirm(Intent intent, @Nullable String paymentMethod, Request request) {
        if (!intent.status.equals("requires_payment_method") && !intent.status.equals("requires_confirmation")) {
            throw StripeError.unexpectedState(intent.id, intent.status, "confirmed");
        }
        if (paymentMethod == null) {
            throw StripeError.invalidRequest(
                    "payment_intent_unexpected_state",
                    "You cannot confirm this PaymentIntent because it's missing a payment method.",
                    "payment_method");
        }
        if (!paymentMethod.startsWith("pm_card_")) {
            throw StripeError.notFound("PaymentMethod", paymentMethod);
        }
        intent.paymentMethod = paymentMethod;
        intent.lastPaymentError = null;
        var decline = TestCards.decline(paymentMethod);
        if (decline != null) {
            return decline(intent, decline, request);
        }
        if (TestCards.requiresAuthentication(paymentMethod)) {
            intent.status = "requires_action";
            intent.nextAction =
                    Map.of("type", "use_stripe_sdk", "use_stripe_sdk", Map.of("type", "three_d_secure_redirect"));
            emit("payment_intent.requires_action", json(intent), request);
            return json(intent);
        }
        return authorise(intent, request);
    }

    private Map<String, Object> authorise(Intent intent, Request request) {
        intent.nextAction = null;
        intent.latestCharge = id("ch_");
        if (intent.captureMethod.equals("manual")) {
            intent.status = "requires_capture";
            intent.amountCapturable = intent.amount;
            emit("payment_intent.amount_capturable_updated", json(intent), request);
        } else {
            intent.status = "succeeded";
            intent.amountReceived = intent.amount;
            emit("payment_intent.succeeded", json(intent), request);
        }
        return json(intent);
    }

    private Map<String, Object> decline(Intent intent, TestCards.Decline decline, Request request) {
        var error = new LinkedHashMap<String, Object>();
        error.put("type", "card_error");
        error.put("code", decline.code());
        if (decline.declineCode() != null) {
            error.put("decline_code", decline.declineCode());
        }
        error.put("message", decline.message());
        error.put("payment_method", Map.of("id", intent.paymentMethod, "object", "payment_method", "type", "card"));
        intent.lastPaymentError = error;
        intent.paymentMethod = null;
        intent.status = "requires_payment_method";
        var snapshot = json(intent);
        emit("payment_intent.payment_failed", snapshot, request);
        throw StripeError.card(decline.code(), decline.declineCode(), decline.message(), snapshot);
    }

    /** The customer finishes (or fails) 3-D Secure for an intent that requires action. */
    synchronized Map<String, Object> authenticate(String id, boolean succeeds, Request request) {
        var intent = intent(id);
        if (!intent.status.equals("requires_action")) {
            throw StripeError.unexpectedState(intent.id, intent.status, "authenticated");
        }
        if (succeeds) {
            return authorise(intent, request);
        }
        var error = new LinkedHashMap<String, Object>();
        error.put("type", "invalid_request_error");
        error.put("code", "payment_intent_authentication_failure");
        error.put(
                "message",
                "The provided PaymentMethod has failed authentication. You can provide payment_method_data or a new "
                        + "PaymentMethod to attempt to fulfill this PaymentIntent again.");
        intent.lastPaymentError = error;
        intent.nextAction = null;
        intent.paymentMethod = null;
        intent.status = "requires_payment_method";
        var snapshot = json(intent);
        emit("payment_intent.payment_failed", snapshot, request);
        return snapshot;
    }

    synchronized Map<String, Object> captureIntent(String id, Form form, Request request) {
        var intent = intent(id);
        if (!intent.status.equals("requires_capture")) {
            throw StripeError.unexpectedState(intent.id, intent.status, "captured");
        }
        var amount = form.positiveLong("amount_to_capture");
        long toCapture = amount == null ? intent.amountCapturable : amount;
        if (toCapture > intent.amountCapturable) {
            throw StripeError.invalidRequest(
                    "amount_too_large",
                    "The amount_to_capture (" + toCapture + ") cannot exceed the amount_capturable ("
                            + intent.amountCapturable + ").",
                    "amount_to_capture");
        }
        intent.amountReceived = toCapture;
        intent.amountCapturable = 0;
        intent.status = "succeeded";
        var snapshot = json(intent);
        emit("payment_intent.succeeded", snapshot, request);
        return snapshot;
    }

    synchronized Map<String, Object> cancelIntent(String id, Form form, Request request) {
        var intent = intent(id);
        if (!CANCELABLE.contains(intent.status)) {
            throw StripeError.unexpectedState(intent.id, intent.status, "canceled");
        }
        intent.status = "canceled";
        intent.amountCapturable = 0;
        intent.nextAction = null;
        intent.canceledAt = now();
        intent.cancellationReason = form.string("cancellation_reason");
        var snapshot = json(intent);
        emit("payment_intent.canceled", snapshot, request);
        return snapshot;
    }

    private Intent intent(String id) {
        var intent = intents.get(id);
        if (intent == null) {
            throw StripeError.notFound("payment_intent", id);
        }
        return intent;
    }

    private static Map<String, Object> json(Intent intent) {
        var json = new LinkedHashMap<String, Object>();
        json.put("id", intent.id);
        json.put("object", "payment_intent");
        json.put("amount", intent.amount);
        json.put("amount_capturable", intent.amountCapturable);
        json.put("amount_received", intent.amountReceived);
        json.put("canceled_at", intent.canceledAt);
        json.put("cancellation_reason", intent.cancellationReason);
        json.put("capture_method", intent.captureMethod);
        json.put("client_secret", intent.clientSecret);
        json.put("confirmation_method", "automatic");
        json.put("created", intent.created);
        json.put("currency", intent.currency);
        json.put("description", intent.description);
        json.put("last_payment_error", intent.lastPaymentError);
        json.put("latest_charge", intent.latestCharge);
        json.put("livemode", false);
        json.put("metadata", intent.metadata);
        json.put("next_action", intent.nextAction);
        json.put("payment_method", intent.paymentMethod);
        json.put("payment_method_types", List.of("card"));
        json.put("status", intent.status);
        return json;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Refunds
    // ------------------------------------------------------------------------------------------------------------

    synchronized Map<String, Object> createRefund(Form form, Request request) {
        var intentId = form.string("payment_intent");
        Intent intent;
        if (intentId != null) {
            intent = intent(intentId);
        } else {
            var charge = form.required("charge");
            intent = intents.values().stream()
                    .filter(candidate -> charge.equals(candidate.latestCharge))
                    .findFirst()
                    .orElseThrow(() -> StripeError.notFound("charge", charge));
        }
        if (!intent.status.equals("succeeded")) {
            throw StripeError.invalidRequest(
                    "charge_not_captured",
                    "This PaymentIntent (" + intent.id + ") does not have a successful charge to refund.",
                    "payment_intent");
        }
        long refundable = intent.amountReceived - intent.amountRefunded;
        if (refundable <= 0) {
            throw StripeError.invalidRequest(
                    "charge_already_refunded", "Charge " + intent.latestCharge + " has already been refunded.", null);
        }
        var requested = form.positiveLong("amount");
        long amount = requested == null ? refundable : requested;
        if (amount > refundable) {
            throw StripeError.invalidRequest(
                    "amount_too_large",
                    "Refund amount (" + amount + ") is greater than unrefunded amount on charge (" + refundable + ")",
                    "amount");
        }
        intent.amountRefunded += amount;
        var refund = new LinkedHashMap<String, Object>();
        refund.put("id", id("re_"));
        refund.put("object", "refund");
        refund.put("amount", amount);
        refund.put("balance_transaction", null);
        refund.put("charge", intent.latestCharge);
        refund.put("created", now());
        refund.put("currency", intent.currency);
        refund.put("metadata", form.map("metadata"));
        refund.put("payment_intent", intent.id);
        refund.put("reason", form.string("reason"));
        refund.put("status", "succeeded");
        refunds.put((String) refund.get("id"), refund);
        emit("refund.created", refund, request);
        return refund;
    }

    synchronized Map<String, Object> retrieveRefund(String id) {
        var refund = refunds.get(id);
        if (refund == null) {
            throw StripeError.notFound("refund", id);
        }
        return refund;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Events and webhook endpoints
    // ------------------------------------------------------------------------------------------------------------

    private void emit(String type, Map<String, Object> object, Request request) {
        var event = new Event(id("evt_"), type, now(), new LinkedHashMap<>(object), request);
        events.put(event.id(), event);
        var wanting = endpoints.values().stream()
                .filter(endpoint -> endpoint.wants(type))
                .toList();
        for (var endpoint : wanting) {
            webhooks.deliver(
                    event.id(),
                    type,
                    payload(event, endpoint.apiVersion(), wanting.size()),
                    List.of(new WebhookSender.Target(endpoint.id(), endpoint.url(), endpoint.secret())));
        }
    }

    private static String payload(Event event, String apiVersion, int pendingWebhooks) {
        return Http.JSON.writeValueAsString(eventJson(event, apiVersion, pendingWebhooks));
    }

    private static Map<String, Object> eventJson(Event event, String apiVersion, int pendingWebhooks) {
        var json = new LinkedHashMap<String, Object>();
        json.put("id", event.id());
        json.put("object", "event");
        json.put("api_version", apiVersion);
        json.put("created", event.created());
        json.put("data", Map.of("object", event.object()));
        json.put("livemode", false);
        json.put("pending_webhooks", pendingWebhooks);
        var request = new LinkedHashMap<String, Object>();
        request.put("id", event.request().id());
        request.put("idempotency_key", event.request().idempotencyKey());
        json.put("request", request);
        json.put("type", event.type());
        return json;
    }

    synchronized Map<String, Object> listEvents(int limit, @Nullable String type) {
        var matching = new ArrayList<>(events.values().stream()
                .filter(event -> type == null || event.type().equals(type))
                .toList());
        java.util.Collections.reverse(matching);
        return list(
                "/v1/events",
                matching.stream()
                        .limit(limit)
                        .map(event -> (Object) eventJson(event, event.request().apiVersion(), 0))
                        .toList(),
                matching.size() > limit);
    }

    synchronized Map<String, Object> retrieveEvent(String id) {
        var event = events.get(id);
        if (event == null) {
            throw StripeError.notFound("event", id);
        }
        return eventJson(event, event.request().apiVersion(), 0);
    }

    /** Posts an event again to the endpoints that want it (no faults apply). */
    synchronized void resend(String id) {
        var event = events.get(id);
        if (event == null) {
            throw StripeError.notFound("event", id);
        }
        for (var endpoint : endpoints.values()) {
            if (endpoint.wants(event.type())) {
                webhooks.resend(
                        event.id(),
                        event.type(),
                        payload(event, endpoint.apiVersion(), 1),
                        List.of(new WebhookSender.Target(endpoint.id(), endpoint.url(), endpoint.secret())));
            }
        }
    }

    synchronized Map<String, Object> createEndpoint(Form form, Request request) {
        var url = form.required("url");
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw StripeError.invalidRequest("url_invalid", "Invalid URL: " + url, "url");
        }
        var enabled = form.list("enabled_events");
        if (enabled.isEmpty()) {
            throw StripeError.missingParam("enabled_events");
        }
        var apiVersion = form.string("api_version") != null ? form.string("api_version") : request.apiVersion();
        var endpoint = new Endpoint(
                id("we_"),
                url,
                List.copyOf(enabled),
                apiVersion,
                Signatures.newSecret(),
                form.string("description"),
                form.map("metadata"),
                now());
        endpoints.put(endpoint.id(), endpoint);
        return endpointJson(endpoint, true);
    }

    synchronized Map<String, Object> listEndpoints(int limit) {
        var all = new ArrayList<>(endpoints.values());
        java.util.Collections.reverse(all);
        return list(
                "/v1/webhook_endpoints",
                all.stream()
                        .limit(limit)
                        .map(endpoint -> (Object) endpointJson(endpoint, false))
                        .toList(),
                all.size() > limit);
    }

    synchronized Map<String, Object> retrieveEndpoint(String id) {
        var endpoint = endpoints.get(id);
        if (endpoint == null) {
            throw StripeError.notFound("webhook_endpoint", id);
        }
        return endpointJson(endpoint, false);
    }

    synchronized Map<String, Object> deleteEndpoint(String id) {
        if (endpoints.remove(id) == null) {
            throw StripeError.notFound("webhook_endpoint", id);
        }
        return Map.of("id", id, "object", "webhook_endpoint", "deleted", true);
    }

    private static Map<String, Object> endpointJson(Endpoint endpoint, boolean withSecret) {
        var json = new LinkedHashMap<String, Object>();
        json.put("id", endpoint.id());
        json.put("object", "webhook_endpoint");
        json.put("api_version", endpoint.apiVersion());
        json.put("application", null);
        json.put("created", endpoint.created());
        json.put("description", endpoint.description());
        json.put("enabled_events", endpoint.enabledEvents());
        json.put("livemode", false);
        json.put("metadata", endpoint.metadata());
        if (withSecret) {
            json.put("secret", endpoint.secret());
        }
        json.put("status", "enabled");
        json.put("url", endpoint.url());
        return json;
    }

    // ------------------------------------------------------------------------------------------------------------

    private static Map<String, Object> list(String url, List<?> data, boolean hasMore) {
        var json = new LinkedHashMap<String, Object>();
        json.put("object", "list");
        json.put("data", data);
        json.put("has_more", hasMore);
        json.put("url", url);
        return json;
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }

    static String id(String prefix) {
        return prefix + random(24);
    }

    private static String random(int length) {
        var id = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }
}
