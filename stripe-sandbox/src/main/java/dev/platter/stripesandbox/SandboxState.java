package dev.platter.stripesandbox;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One account's world, in memory, behind one lock: PaymentIntents and their charges, payment methods, refunds,
 * events, webhook endpoints, idempotency keys, faults, and a log of the requests and webhook deliveries. Each
 * distinct secret key is its own account (see {@link Accounts}); the state lives as long as the process.
 */
final class SandboxState implements WebhookSender.Recorder {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final int MAX_LOG = 20_000;
    private static final Set<String> CONFIRMABLE =
            Set.of("requires_payment_method", "requires_confirmation", "requires_action");
    private static final Set<String> CANCELABLE = Set.of(
            "requires_payment_method", "requires_confirmation", "requires_action", "processing", "requires_capture");
    private static final Set<String> CANCELLATION_REASONS =
            Set.of("duplicate", "fraudulent", "requested_by_customer", "abandoned");
    private static final Set<String> REFUND_REASONS = Set.of("duplicate", "fraudulent", "requested_by_customer");

    private final SandboxConfig config;
    private final Clock clock;
    private final WebhookSender webhooks;
    private final Faults faults = new Faults();
    private final IdempotencyKeys idempotencyKeys;
    private final Map<String, Intent> intents = new LinkedHashMap<>();
    private final Map<String, Charge> charges = new LinkedHashMap<>();
    private final Map<String, PaymentMethod> paymentMethods = new LinkedHashMap<>();
    private final Map<String, Refund> refunds = new LinkedHashMap<>();
    private final Map<String, Event> events = new LinkedHashMap<>();
    private final Map<String, Endpoint> endpoints = new LinkedHashMap<>();
    private final List<Map<String, Object>> requestLog = new ArrayList<>();
    private final List<WebhookSender.Attempt> attempts = new ArrayList<>();
    private volatile long lastUsed;

    SandboxState(SandboxConfig config, Clock clock, WebhookSender webhooks) {
        this.config = config;
        this.clock = clock;
        this.webhooks = webhooks;
        this.idempotencyKeys = new IdempotencyKeys(clock);
        this.lastUsed = clock.millis();
    }

    SandboxConfig config() {
        return config;
    }

    Faults faults() {
        return faults;
    }

    IdempotencyKeys idempotencyKeys() {
        return idempotencyKeys;
    }

    void touch() {
        lastUsed = clock.millis();
    }

    long lastUsed() {
        return lastUsed;
    }

    /** The request being handled: its id, idempotency key and API version, for the events it causes. */
    record Request(@Nullable String id, @Nullable String idempotencyKey, String apiVersion) {}

    private static final class Intent {
        String id;
        long amount;
        String currency;
        String captureMethod;
        String confirmationMethod;
        String status;
        String clientSecret;
        Map<String, String> metadata;

        @Nullable
        String description;

        @Nullable
        String receiptEmail;

        @Nullable
        String paymentMethod;

        long amountCapturable;
        long amountReceived;

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

    private static final class Charge {
        String id;
        String paymentIntent;
        String paymentMethod;
        long amount;
        long amountCaptured;
        /**
         * Refunds that succeeded or are pending, in minor units. Since API version 2025-03-31.basil an authorisation
         * released by a partial capture or a cancel is not a refund and does not count here.
         */
        long amountRefundedByRefunds;

        boolean captured;
        String currency;
        String status;

        @Nullable
        String failureCode;

        @Nullable
        String failureMessage;

        @Nullable
        String declineCode;

        TestCards.Card card;
        Map<String, String> metadata;

        @Nullable
        String description;

        long created;
    }

    private record PaymentMethod(String id, String testCard, TestCards.Card card, long created) {}

    private static final class Refund {
        String id;
        long amount;
        String charge;
        String paymentIntent;
        String currency;
        String status;

        @Nullable
        String reason;

        @Nullable
        String failureReason;

        Map<String, String> metadata;
        long created;
    }

    private record Event(
            String id,
            String type,
            long created,
            Map<String, Object> object,
            @Nullable Map<String, Object> previousAttributes,
            Request request) {}

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
    // Request and delivery logs
    // ------------------------------------------------------------------------------------------------------------

    synchronized void log(Map<String, Object> entry) {
        if (requestLog.size() >= MAX_LOG) {
            requestLog.subList(0, MAX_LOG / 2).clear();
        }
        requestLog.add(entry);
    }

    synchronized List<Map<String, Object>> requests(
            @Nullable String method, @Nullable String path, @Nullable String idempotencyKey) {
        return requestLog.stream()
                .filter(entry -> method == null || method.equalsIgnoreCase((String) entry.get("method")))
                .filter(entry -> path == null || Faults.pathMatches(path, (String) entry.get("path")))
                .filter(entry -> idempotencyKey == null || idempotencyKey.equals(entry.get("idempotency_key")))
                .toList();
    }

    @Override
    public synchronized void record(WebhookSender.Attempt attempt) {
        if (attempts.size() >= MAX_LOG) {
            attempts.subList(0, MAX_LOG / 2).clear();
        }
        attempts.add(attempt);
    }

    synchronized List<Map<String, Object>> deliveries(@Nullable String eventId) {
        var result = new ArrayList<Map<String, Object>>();
        for (var attempt : attempts) {
            if (eventId == null || attempt.eventId().equals(eventId)) {
                var row = new LinkedHashMap<String, Object>();
                row.put("event_id", attempt.eventId());
                row.put("type", attempt.type());
                row.put("endpoint", attempt.endpointId());
                row.put("url", attempt.url());
                row.put("attempt", attempt.attempt());
                row.put("status", attempt.status());
                row.put("at", attempt.at());
                result.add(row);
            }
        }
        return result;
    }

    // ------------------------------------------------------------------------------------------------------------
    // PaymentIntents
    // ------------------------------------------------------------------------------------------------------------

    synchronized Map<String, Object> createIntent(Form form, Request request) {
        var amount = form.positiveLong("amount");
        if (amount == null) {
            throw StripeError.missingParam("amount");
        }
        var currency = form.required("currency").toLowerCase(Locale.ROOT);
        if (!currency.matches("[a-z]{3}")) {
            throw StripeError.invalidRequest(
                    "parameter_invalid_string", "Invalid currency: " + currency, "currency", null);
        }
        var captureMethod = oneOf(form, "capture_method", Set.of("automatic", "automatic_async", "manual"));
        var confirmationMethod = oneOf(form, "confirmation_method", Set.of("automatic", "manual"));
        var requested = form.string("payment_method");
        var paymentMethod = requested == null
                ? null
                : paymentMethod(requested, "payment_method").id();
        var metadata = form.map("metadata");
        var intent = new Intent();
        intent.id = id("pi_");
        intent.amount = amount;
        intent.currency = currency;
        intent.captureMethod = captureMethod == null ? "automatic_async" : captureMethod;
        intent.confirmationMethod = confirmationMethod == null ? "automatic" : confirmationMethod;
        intent.clientSecret = intent.id + "_secret_" + random(25);
        intent.metadata = metadata;
        intent.description = form.string("description");
        intent.receiptEmail = form.string("receipt_email");
        intent.paymentMethod = paymentMethod;
        intent.status = paymentMethod == null ? "requires_payment_method" : "requires_confirmation";
        intent.created = now();
        intents.put(intent.id, intent);
        emit("payment_intent.created", json(intent), null, request);
        if (form.bool("confirm")) {
            confirm(intent, paymentMethod, request);
        }
        return render(intent, form);
    }

    synchronized Map<String, Object> retrieveIntent(String id, Form form) {
        return render(intent(id), form);
    }

    synchronized Map<String, Object> listIntents(Form form) {
        var all = new ArrayList<Map<String, Object>>();
        intents.values().forEach(intent -> all.add(0, json(intent)));
        return page("/v1/payment_intents", all, form);
    }

    /** Intents whose metadata has every given key and value (a control query for tests). */
    synchronized List<Map<String, Object>> intentsWithMetadata(Map<String, String> metadata) {
        return intents.values().stream()
                .filter(intent -> intent.metadata.entrySet().containsAll(metadata.entrySet()))
                .map(this::json)
                .toList();
    }

    synchronized Map<String, Object> updateIntent(String id, Form form, Request request) {
        var intent = intent(id);
        if (form.values().containsKey("metadata")) {
            var metadata = new LinkedHashMap<>(intent.metadata);
            form.map("metadata").forEach((key, value) -> {
                if (value.isEmpty()) {
                    metadata.remove(key);
                } else {
                    metadata.put(key, value);
                }
            });
            intent.metadata = metadata;
        }
        if (form.string("description") != null) {
            intent.description = form.string("description");
        }
        return render(intent, form);
    }

    synchronized Map<String, Object> confirmIntent(String id, Form form, Request request) {
        var intent = intent(id);
        var paymentMethod =
                form.string("payment_method") != null ? form.string("payment_method") : intent.paymentMethod;
        confirm(intent, paymentMethod, request);
        return render(intent, form);
    }

    private void confirm(Intent intent, @Nullable String paymentMethodId, Request request) {
        if (!CONFIRMABLE.contains(intent.status)) {
            throw StripeError.invalidRequest(
                    "payment_intent_unexpected_state",
                    "You cannot confirm this PaymentIntent because it has a status of " + intent.status
                            + ". Only a PaymentIntent with one of the following statuses may be confirmed: "
                            + "requires_confirmation, requires_action, requires_payment_method.",
                    null,
                    json(intent));
        }
        if (paymentMethodId == null) {
            throw StripeError.invalidRequest(
                    "payment_intent_unexpected_state",
                    "You cannot confirm this PaymentIntent because it's missing a payment method. To confirm the "
                            + "PaymentIntent with " + intent.id + ", specify a payment method attached to this "
                            + "customer along with the customer ID.",
                    null,
                    json(intent));
        }
        var paymentMethod = paymentMethod(paymentMethodId, "payment_method");
        intent.paymentMethod = paymentMethod.id();
        intent.lastPaymentError = null;
        intent.nextAction = null;
        var decline = TestCards.decline(paymentMethod.testCard());
        if (decline != null) {
            decline(intent, paymentMethod, decline, request);
        }
        if (TestCards.requiresAuthentication(paymentMethod.testCard())) {
            intent.status = "requires_action";
            var sdk = new LinkedHashMap<String, Object>();
            sdk.put("type", "three_d_secure_redirect");
            sdk.put("stripe_js", "https://hooks.stripe.com/3d_secure_2/hosted?payment_intent=" + intent.id);
            intent.nextAction = Map.of("type", "use_stripe_sdk", "use_stripe_sdk", sdk);
            emit("payment_intent.requires_action", json(intent), null, request);
            return;
        }
        authorise(intent, paymentMethod, request);
    }

    private void authorise(Intent intent, PaymentMethod paymentMethod, Request request) {
        intent.nextAction = null;
        var charge = newCharge(intent, paymentMethod, "succeeded");
        intent.latestCharge = charge.id;
        if (intent.captureMethod.equals("manual")) {
            intent.status = "requires_capture";
            intent.amountCapturable = intent.amount;
            emit("charge.succeeded", json(charge), null, request);
            emit("payment_intent.amount_capturable_updated", json(intent), null, request);
        } else {
            charge.captured = true;
            charge.amountCaptured = charge.amount;
            intent.status = "succeeded";
            intent.amountReceived = intent.amount;
            emit("charge.succeeded", json(charge), null, request);
            emit("payment_intent.succeeded", json(intent), null, request);
        }
    }

    private void decline(Intent intent, PaymentMethod paymentMethod, TestCards.Decline decline, Request request) {
        var charge = newCharge(intent, paymentMethod, "failed");
        charge.failureCode = decline.code();
        charge.failureMessage = decline.message();
        charge.declineCode = decline.declineCode();
        intent.latestCharge = charge.id;
        var error = new LinkedHashMap<String, Object>();
        error.put("charge", charge.id);
        error.put("code", decline.code());
        if (decline.declineCode() != null) {
            error.put("decline_code", decline.declineCode());
        }
        error.put(
                "doc_url",
                "https://docs.stripe.com/error-codes/" + decline.code().replace('_', '-'));
        error.put("message", decline.message());
        error.put("payment_method", json(paymentMethod));
        error.put("type", "card_error");
        intent.lastPaymentError = error;
        intent.paymentMethod = null;
        intent.status = "requires_payment_method";
        emit("charge.failed", json(charge), null, request);
        var snapshot = json(intent);
        emit("payment_intent.payment_failed", snapshot, null, request);
        throw StripeError.card(decline.code(), decline.declineCode(), decline.message(), charge.id, snapshot);
    }

    /** The customer finishes (or fails) 3-D Secure for an intent that requires action. */
    synchronized Map<String, Object> authenticate(String id, boolean succeeds, Request request) {
        var intent = intent(id);
        if (!intent.status.equals("requires_action")) {
            throw StripeError.invalidRequest(
                    "payment_intent_unexpected_state",
                    "This PaymentIntent (" + intent.id + ") does not require action; its status is " + intent.status
                            + ".",
                    null,
                    json(intent));
        }
        var paymentMethod = paymentMethods.get(intent.paymentMethod);
        if (succeeds && paymentMethod != null) {
            authorise(intent, paymentMethod, request);
            return json(intent);
        }
        var error = new LinkedHashMap<String, Object>();
        error.put("code", "payment_intent_authentication_failure");
        error.put("doc_url", "https://docs.stripe.com/error-codes/payment-intent-authentication-failure");
        error.put(
                "message",
                "The provided PaymentMethod has failed authentication. You can provide payment_method_data or a new "
                        + "PaymentMethod to attempt to fulfill this PaymentIntent again.");
        if (paymentMethod != null) {
            error.put("payment_method", json(paymentMethod));
        }
        error.put("type", "invalid_request_error");
        intent.lastPaymentError = error;
        intent.nextAction = null;
        intent.paymentMethod = null;
        intent.status = "requires_payment_method";
        var snapshot = json(intent);
        emit("payment_intent.payment_failed", snapshot, null, request);
        return snapshot;
    }

    synchronized Map<String, Object> captureIntent(String id, Form form, Request request) {
        var intent = intent(id);
        if (!intent.status.equals("requires_capture")) {
            throw StripeError.invalidRequest(
                    "payment_intent_unexpected_state",
                    "This PaymentIntent could not be captured because it has a status of " + intent.status
                            + ". Only a PaymentIntent with one of the following statuses may be captured: "
                            + "requires_capture.",
                    null,
                    json(intent));
        }
        var amount = form.positiveLong("amount_to_capture");
        long toCapture = amount == null ? intent.amountCapturable : amount;
        if (toCapture > intent.amountCapturable) {
            throw StripeError.invalidRequest(
                    "amount_too_large",
                    "The amount_to_capture (" + toCapture + ") is greater than the amount_capturable ("
                            + intent.amountCapturable + ") of this PaymentIntent.",
                    "amount_to_capture",
                    null);
        }
        var charge = charges.get(intent.latestCharge);
        charge.captured = true;
        charge.amountCaptured = toCapture;
        intent.amountReceived = toCapture;
        intent.amountCapturable = 0;
        intent.status = "succeeded";
        emit("charge.captured", json(charge), null, request);
        emit("payment_intent.succeeded", json(intent), null, request);
        return render(intent, form);
    }

    synchronized Map<String, Object> cancelIntent(String id, Form form, Request request) {
        var intent = intent(id);
        var reason = oneOf(form, "cancellation_reason", CANCELLATION_REASONS);
        if (!CANCELABLE.contains(intent.status)) {
            throw StripeError.invalidRequest(
                    "payment_intent_unexpected_state",
                    "You cannot cancel this PaymentIntent because it has a status of " + intent.status
                            + ". Only a PaymentIntent with one of the following statuses may be canceled: "
                            + String.join(
                                    ", ",
                                    List.of(
                                            "requires_payment_method",
                                            "requires_capture",
                                            "requires_confirmation",
                                            "requires_action",
                                            "processing"))
                            + ".",
                    null,
                    json(intent));
        }
        intent.status = "canceled";
        intent.amountCapturable = 0;
        intent.nextAction = null;
        intent.canceledAt = now();
        intent.cancellationReason = reason;
        emit("payment_intent.canceled", json(intent), null, request);
        return render(intent, form);
    }

    private Intent intent(String id) {
        var intent = intents.get(id);
        if (intent == null) {
            throw StripeError.notFound("payment_intent", id, "intent");
        }
        return intent;
    }

    /** An intent as JSON, with {@code latest_charge} expanded when asked ({@code expand[]=latest_charge}). */
    private Map<String, Object> render(Intent intent, Form form) {
        var json = json(intent);
        if (form.list("expand").contains("latest_charge") && intent.latestCharge != null) {
            json.put("latest_charge", json(charges.get(intent.latestCharge)));
        }
        return json;
    }

    private Map<String, Object> json(Intent intent) {
        var json = new LinkedHashMap<String, Object>();
        json.put("id", intent.id);
        json.put("object", "payment_intent");
        json.put("amount", intent.amount);
        json.put("amount_capturable", intent.amountCapturable);
        json.put("amount_details", Map.of("tip", Map.of()));
        json.put("amount_received", intent.amountReceived);
        json.put("application", null);
        json.put("application_fee_amount", null);
        json.put("automatic_payment_methods", null);
        json.put("canceled_at", intent.canceledAt);
        json.put("cancellation_reason", intent.cancellationReason);
        json.put("capture_method", intent.captureMethod);
        json.put("client_secret", intent.clientSecret);
        json.put("confirmation_method", intent.confirmationMethod);
        json.put("created", intent.created);
        json.put("currency", intent.currency);
        json.put("customer", null);
        json.put("description", intent.description);
        json.put("excluded_payment_method_types", null);
        json.put("last_payment_error", intent.lastPaymentError);
        json.put("latest_charge", intent.latestCharge);
        json.put("livemode", false);
        json.put("metadata", intent.metadata);
        json.put("next_action", intent.nextAction);
        json.put("on_behalf_of", null);
        json.put("payment_method", intent.paymentMethod);
        json.put(
                "payment_method_options",
                Map.of(
                        "card",
                        mapOf(
                                "installments",
                                null,
                                "mandate_options",
                                null,
                                "network",
                                null,
                                "request_three_d_secure",
                                "automatic")));
        json.put("payment_method_types", List.of("card"));
        json.put("processing", null);
        json.put("receipt_email", intent.receiptEmail);
        json.put("review", null);
        json.put("setup_future_usage", null);
        json.put("shipping", null);
        json.put("statement_descriptor", null);
        json.put("statement_descriptor_suffix", null);
        json.put("status", intent.status);
        json.put("transfer_data", null);
        json.put("transfer_group", null);
        return json;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Payment methods and charges
    // ------------------------------------------------------------------------------------------------------------

    /**
     * A payment method by id. Confirming with one of Stripe's test ids ({@code pm_card_visa}) makes a new payment
     * method from it (as Stripe does: the intent then names a {@code pm_...} of its own); ids made so are accepted
     * again.
     */
    private PaymentMethod paymentMethod(String id, String param) {
        var known = paymentMethods.get(id);
        if (known != null) {
            return known;
        }
        if (!TestCards.isTestCard(id)) {
            throw StripeError.notFound("PaymentMethod", id, param);
        }
        var made = new PaymentMethod(id("pm_1"), id, TestCards.card(id), now());
        paymentMethods.put(made.id(), made);
        return made;
    }

    synchronized Map<String, Object> retrievePaymentMethod(String id) {
        var paymentMethod = paymentMethods.get(id);
        if (paymentMethod == null) {
            throw StripeError.notFound("PaymentMethod", id, "payment_method");
        }
        return json(paymentMethod);
    }

    private Map<String, Object> json(PaymentMethod paymentMethod) {
        var json = new LinkedHashMap<String, Object>();
        json.put("id", paymentMethod.id());
        json.put("object", "payment_method");
        json.put("billing_details", mapOf("address", null, "email", null, "name", null, "phone", null));
        json.put("card", card(paymentMethod.card()));
        json.put("created", paymentMethod.created());
        json.put("customer", null);
        json.put("livemode", false);
        json.put("metadata", Map.of());
        json.put("type", "card");
        return json;
    }

    private static Map<String, Object> card(TestCards.Card card) {
        var json = new LinkedHashMap<String, Object>();
        json.put("brand", card.brand());
        json.put("country", "US");
        json.put("exp_month", 12);
        json.put("exp_year", 2034);
        json.put("funding", "credit");
        json.put("last4", card.last4());
        return json;
    }

    private Charge newCharge(Intent intent, PaymentMethod paymentMethod, String status) {
        var charge = new Charge();
        charge.id = id("ch_");
        charge.paymentIntent = intent.id;
        charge.paymentMethod = paymentMethod.id();
        charge.amount = intent.amount;
        charge.currency = intent.currency;
        charge.status = status;
        charge.card = paymentMethod.card();
        charge.metadata = intent.metadata;
        charge.description = intent.description;
        charge.created = now();
        charges.put(charge.id, charge);
        return charge;
    }

    synchronized Map<String, Object> retrieveCharge(String id) {
        var charge = charges.get(id);
        if (charge == null) {
            throw StripeError.notFound("charge", id, "id");
        }
        return json(charge);
    }

    private Map<String, Object> json(Charge charge) {
        long amountRefunded = charge.amountRefundedByRefunds;
        var json = new LinkedHashMap<String, Object>();
        json.put("id", charge.id);
        json.put("object", "charge");
        json.put("amount", charge.amount);
        json.put("amount_captured", charge.amountCaptured);
        json.put("amount_refunded", amountRefunded);
        json.put("balance_transaction", null);
        json.put("billing_details", mapOf("address", null, "email", null, "name", null, "phone", null));
        json.put("captured", charge.captured);
        json.put("created", charge.created);
        json.put("currency", charge.currency);
        json.put("customer", null);
        json.put("description", charge.description);
        json.put("disputed", false);
        json.put("failure_code", charge.failureCode);
        json.put("failure_message", charge.failureMessage);
        json.put("fraud_details", Map.of());
        json.put("livemode", false);
        json.put("metadata", charge.metadata);
        var outcome = new LinkedHashMap<String, Object>();
        boolean paid = charge.status.equals("succeeded");
        outcome.put("network_status", paid ? "approved_by_network" : "declined_by_network");
        outcome.put("reason", charge.declineCode);
        outcome.put("risk_level", "normal");
        outcome.put("seller_message", paid ? "Payment complete." : "The bank did not return any further details.");
        outcome.put("type", paid ? "authorized" : "issuer_declined");
        json.put("outcome", outcome);
        json.put("paid", paid);
        json.put("payment_intent", charge.paymentIntent);
        json.put("payment_method", charge.paymentMethod);
        json.put("payment_method_details", Map.of("card", card(charge.card), "type", "card"));
        json.put("receipt_url", null);
        json.put("refunded", charge.amountCaptured > 0 && amountRefunded >= charge.amountCaptured);
        json.put("status", charge.status);
        return json;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Refunds
    // ------------------------------------------------------------------------------------------------------------

    synchronized Map<String, Object> createRefund(Form form, Request request) {
        var intentId = form.string("payment_intent");
        var chargeId = form.string("charge");
        Charge charge;
        if (intentId != null) {
            var intent = intent(intentId);
            charge = intent.latestCharge == null ? null : charges.get(intent.latestCharge);
            if (charge == null || !intent.status.equals("succeeded")) {
                throw StripeError.invalidRequest(
                        "charge_not_captured",
                        "This PaymentIntent (" + intent.id + ") does not have a successful charge to refund.",
                        "payment_intent",
                        null);
            }
        } else if (chargeId != null) {
            charge = charges.get(chargeId);
            if (charge == null) {
                throw StripeError.notFound("charge", chargeId, "charge");
            }
        } else {
            throw StripeError.invalidRequest(
                    "parameter_missing",
                    "One of the following params should be provided for this request: " + "payment_intent or charge.",
                    null,
                    null);
        }
        var reason = oneOf(form, "reason", REFUND_REASONS);
        if (!charge.captured) {
            throw StripeError.invalidRequest(
                    "charge_not_captured",
                    "Charge " + charge.id + " has not been captured; cancel its PaymentIntent instead.",
                    intentId != null ? "payment_intent" : "charge",
                    null);
        }
        long refundable = charge.amountCaptured - charge.amountRefundedByRefunds;
        if (refundable <= 0) {
            throw StripeError.invalidRequest(
                    "charge_already_refunded", "Charge " + charge.id + " has already been refunded.", null, null);
        }
        var requested = form.positiveLong("amount");
        long amount = requested == null ? refundable : requested;
        if (amount > refundable) {
            throw StripeError.invalidRequest(
                    "amount_too_large",
                    "Refund amount (" + money(amount, charge.currency)
                            + ") is greater than unrefunded amount on charge (" + money(refundable, charge.currency)
                            + ")",
                    "amount",
                    null);
        }
        charge.amountRefundedByRefunds += amount;
        var refund = new Refund();
        refund.id = id("re_");
        refund.amount = amount;
        refund.charge = charge.id;
        refund.paymentIntent = charge.paymentIntent;
        refund.currency = charge.currency;
        refund.status = "succeeded";
        refund.reason = reason;
        refund.metadata = form.map("metadata");
        refund.created = now();
        refunds.put(refund.id, refund);
        emit("refund.created", json(refund), null, request);
        emit("charge.refunded", json(charge), null, request);
        var paymentMethod = paymentMethods.get(charge.paymentMethod);
        if (paymentMethod != null && TestCards.refundFails(paymentMethod.testCard())) {
            webhooks.later(() -> failRefund(refund.id), config.refundFailureDelay());
        }
        return json(refund);
    }

    /** A refund of {@code pm_card_refundFail} moves from succeeded to failed, and the money is back on the charge. */
    private synchronized void failRefund(String id) {
        var refund = refunds.get(id);
        if (refund == null || !refund.status.equals("succeeded")) {
            return;
        }
        var charge = charges.get(refund.charge);
        charge.amountRefundedByRefunds -= refund.amount;
        refund.status = "failed";
        refund.failureReason = "expired_or_canceled_card";
        var system = new Request(null, null, config.apiVersion());
        var previous = Map.<String, Object>of("status", "succeeded");
        emit("refund.updated", json(refund), previous, system);
        emit("refund.failed", json(refund), previous, system);
    }

    synchronized Map<String, Object> retrieveRefund(String id) {
        var refund = refunds.get(id);
        if (refund == null) {
            throw StripeError.notFound("refund", id, "id");
        }
        return json(refund);
    }

    synchronized Map<String, Object> listRefunds(Form form) {
        var intent = form.string("payment_intent");
        var charge = form.string("charge");
        var all = new ArrayList<Map<String, Object>>();
        refunds.values().stream()
                .filter(refund -> intent == null || intent.equals(refund.paymentIntent))
                .filter(refund -> charge == null || charge.equals(refund.charge))
                .forEach(refund -> all.add(0, json(refund)));
        return page("/v1/refunds", all, form);
    }

    private static Map<String, Object> json(Refund refund) {
        var json = new LinkedHashMap<String, Object>();
        json.put("id", refund.id);
        json.put("object", "refund");
        json.put("amount", refund.amount);
        json.put("balance_transaction", null);
        json.put("charge", refund.charge);
        json.put("created", refund.created);
        json.put("currency", refund.currency);
        json.put(
                "destination_details",
                Map.of(
                        "card",
                        mapOf(
                                "reference",
                                null,
                                "reference_status",
                                "pending",
                                "reference_type",
                                "acquirer_reference_number",
                                "type",
                                "refund"),
                        "type",
                        "card"));
        if (refund.failureReason != null) {
            json.put("failure_reason", refund.failureReason);
        }
        json.put("metadata", refund.metadata);
        json.put("payment_intent", refund.paymentIntent);
        json.put("reason", refund.reason);
        json.put("receipt_number", null);
        json.put("source_transfer_reversal", null);
        json.put("status", refund.status);
        json.put("transfer_reversal", null);
        return json;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Events and webhook endpoints
    // ------------------------------------------------------------------------------------------------------------

    private void emit(
            String type, Map<String, Object> object, @Nullable Map<String, Object> previous, Request request) {
        var event = new Event(id("evt_1"), type, now(), object, previous, request);
        events.put(event.id(), event);
        var wanting = endpoints.values().stream()
                .filter(endpoint -> endpoint.wants(type))
                .toList();
        for (var endpoint : wanting) {
            webhooks.deliver(
                    faults,
                    this,
                    event.id(),
                    type,
                    payload(event, endpoint.apiVersion(), wanting.size()),
                    new WebhookSender.Target(endpoint.id(), endpoint.url(), endpoint.secret()));
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
        var data = new LinkedHashMap<String, Object>();
        data.put("object", event.object());
        if (event.previousAttributes() != null) {
            data.put("previous_attributes", event.previousAttributes());
        }
        json.put("data", data);
        json.put("livemode", false);
        json.put("pending_webhooks", pendingWebhooks);
        var request = new LinkedHashMap<String, Object>();
        request.put("id", event.request().id());
        request.put("idempotency_key", event.request().idempotencyKey());
        json.put("request", request);
        json.put("type", event.type());
        return json;
    }

    synchronized Map<String, Object> listEvents(Form form) {
        var type = form.string("type");
        var types = form.list("types");
        var all = new ArrayList<Map<String, Object>>();
        for (var event : events.values()) {
            if ((type == null || typeMatches(type, event.type()))
                    && (types.isEmpty() || types.stream().anyMatch(t -> typeMatches(t, event.type())))) {
                all.add(0, eventJson(event, config.apiVersion(), 0));
            }
        }
        return page("/v1/events", all, form);
    }

    /** Stripe's {@code type} filter: an exact type, or a wildcard such as {@code payment_intent.*}. */
    private static boolean typeMatches(String filter, String type) {
        return filter.endsWith(".*") ? type.startsWith(filter.substring(0, filter.length() - 1)) : filter.equals(type);
    }

    synchronized Map<String, Object> retrieveEvent(String id) {
        var event = events.get(id);
        if (event == null) {
            throw StripeError.notFound("event", id, "id");
        }
        return eventJson(event, config.apiVersion(), 0);
    }

    /** Posts an event again to the endpoints of this account that want it (no faults apply). */
    synchronized void resend(String id) {
        var event = events.get(id);
        if (event == null) {
            throw StripeError.notFound("event", id, "id");
        }
        for (var endpoint : endpoints.values()) {
            if (endpoint.wants(event.type())) {
                webhooks.resend(
                        this,
                        event.id(),
                        event.type(),
                        payload(event, endpoint.apiVersion(), 1),
                        new WebhookSender.Target(endpoint.id(), endpoint.url(), endpoint.secret()));
            }
        }
    }

    synchronized Map<String, Object> createEndpoint(Form form) {
        var url = form.required("url");
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw StripeError.invalidRequest("url_invalid", "Invalid URL: " + url, "url", null);
        }
        var enabled = form.list("enabled_events");
        if (enabled.isEmpty()) {
            throw StripeError.missingParam("enabled_events");
        }
        var apiVersion = form.string("api_version") != null ? form.string("api_version") : config.apiVersion();
        var endpoint = new Endpoint(
                id("we_1"),
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

    synchronized Map<String, Object> listEndpoints(Form form) {
        var all = new ArrayList<Map<String, Object>>();
        endpoints.values().forEach(endpoint -> all.add(0, endpointJson(endpoint, false)));
        return page("/v1/webhook_endpoints", all, form);
    }

    synchronized Map<String, Object> retrieveEndpoint(String id) {
        var endpoint = endpoints.get(id);
        if (endpoint == null) {
            throw StripeError.notFound("webhook_endpoint", id, "id");
        }
        return endpointJson(endpoint, false);
    }

    synchronized Map<String, Object> deleteEndpoint(String id) {
        if (endpoints.remove(id) == null) {
            throw StripeError.notFound("webhook_endpoint", id, "id");
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

    /** A page of a newest-first list: {@code limit} (1..100, default 10), {@code starting_after}, {@code ending_before}. */
    private static Map<String, Object> page(String url, List<Map<String, Object>> newestFirst, Form form) {
        var limit = form.positiveLong("limit");
        if (limit != null && limit > 100) {
            throw StripeError.invalidParam("limit", "This value must be less than or equal to 100.");
        }
        int size = limit == null ? 10 : limit.intValue();
        int from = 0;
        int to = newestFirst.size();
        var after = form.string("starting_after");
        var before = form.string("ending_before");
        if (after != null) {
            from = indexOf(newestFirst, after, "starting_after") + 1;
        } else if (before != null) {
            to = indexOf(newestFirst, before, "ending_before");
            from = Math.max(0, to - size);
        }
        var data = newestFirst.subList(from, Math.min(to, from + size));
        var json = new LinkedHashMap<String, Object>();
        json.put("object", "list");
        json.put("data", List.copyOf(data));
        json.put("has_more", before != null ? from > 0 : from + size < to);
        json.put("url", url);
        return json;
    }

    private static int indexOf(List<Map<String, Object>> list, String id, String param) {
        for (int i = 0; i < list.size(); i++) {
            if (id.equals(list.get(i).get("id"))) {
                return i;
            }
        }
        throw StripeError.notFound("object", id, param);
    }

    private static @Nullable String oneOf(Form form, String name, Set<String> allowed) {
        var value = form.string(name);
        if (value != null && !allowed.contains(value)) {
            throw StripeError.invalidRequest(
                    "parameter_invalid_string",
                    "Invalid " + name + ": must be one of "
                            + String.join(", ", allowed.stream().sorted().toList()),
                    name,
                    null);
        }
        return value;
    }

    private static String money(long minor, String currency) {
        return currency.toUpperCase(Locale.ROOT) + " "
                + BigDecimal.valueOf(minor, 2).toPlainString();
    }

    /** A map that may hold nulls, in the given order: key, value, key, value, ... */
    private static Map<String, Object> mapOf(Object... keysAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
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
