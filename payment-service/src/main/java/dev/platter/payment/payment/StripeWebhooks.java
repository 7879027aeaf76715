package dev.platter.payment.payment;

import com.stripe.exception.SignatureVerificationException;
import dev.platter.payment.provider.StripeGateway;
import dev.platter.payment.provider.WebhookSecrets;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Handles a provider webhook: the signature is checked on the raw body first (nothing is read or changed for a bad
 * one); the intent it is about is read again from the provider (so an old or out-of-order event cannot move a
 * payment backwards); then the event id is recorded and the payment updated in one transaction, so a repeated
 * delivery, even at the same moment, has its effect once.
 */
@Component
class StripeWebhooks {

    private static final Logger log = LoggerFactory.getLogger(StripeWebhooks.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebhookSecrets secrets;
    private final StripeGateway gateway;
    private final ProviderEvents providerEvents;
    private final PaymentRepository payments;
    private final PaymentSync sync;
    private final ProviderWork work;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;

    StripeWebhooks(
            WebhookSecrets secrets,
            StripeGateway gateway,
            ProviderEvents providerEvents,
            PaymentRepository payments,
            PaymentSync sync,
            ProviderWork work,
            TransactionTemplate transactions,
            MeterRegistry meters) {
        this.secrets = secrets;
        this.gateway = gateway;
        this.providerEvents = providerEvents;
        this.payments = payments;
        this.sync = sync;
        this.work = work;
        this.transactions = transactions;
        this.meters = meters;
    }

    /** What happened to a webhook. */
    enum Outcome {
        APPLIED,
        NO_CHANGE,
        DUPLICATE,
        UNKNOWN_PAYMENT,
        NOT_HANDLED
    }

    Outcome handle(String payload, @Nullable String signature) {
        try {
            secrets.verify(payload, signature);
        } catch (SignatureVerificationException e) {
            meters.counter("platter.payment.webhooks", "outcome", "refused").increment();
            throw new InvalidWebhookSignature(e.getMessage() == null ? "Signature refused" : e.getMessage());
        }
        var event = JSON.readTree(payload);
        var eventId = event.path("id").asString();
        var type = event.path("type").asString();
        var object = event.path("data").path("object");
        var outcome = handle(eventId, type, object);
        meters.counter("platter.payment.webhooks", "outcome", outcome.name().toLowerCase(java.util.Locale.ROOT))
                .increment();
        return outcome;
    }

    private Outcome handle(String eventId, String type, JsonNode object) {
        if (providerEvents.seen(eventId)) {
            return Outcome.DUPLICATE;
        }
        var intentId = intentId(object);
        if (intentId == null || !type.startsWith("payment_intent.")) {
            boolean recorded = Boolean.TRUE.equals(transactions.execute(
                    status -> providerEvents.record(eventId, type, text(object, "id"), Outcome.NOT_HANDLED.name())));
            return recorded ? Outcome.NOT_HANDLED : Outcome.DUPLICATE;
        }
        var paymentId = paymentId(intentId, object);
        if (paymentId == null) {
            boolean recorded = Boolean.TRUE.equals(transactions.execute(
                    status -> providerEvents.record(eventId, type, intentId, Outcome.UNKNOWN_PAYMENT.name())));
            return recorded ? Outcome.UNKNOWN_PAYMENT : Outcome.DUPLICATE;
        }
        var intent = gateway.retrieveIntent(intentId);
        var result = transactions.execute(status -> {
            if (!providerEvents.record(eventId, type, intentId, Outcome.NO_CHANGE.name())) {
                return null;
            }
            var payment = payments.lockById(paymentId).orElse(null);
            if (payment == null) {
                providerEvents.outcome(eventId, Outcome.UNKNOWN_PAYMENT.name());
                return new PaymentSync.Outcome(null, null, List.of());
            }
            var applied = sync.applyLocked(payment, intent);
            if (applied.changed()) {
                providerEvents.outcome(eventId, Outcome.APPLIED.name());
            }
            return applied;
        });
        if (result == null) {
            return Outcome.DUPLICATE;
        }
        work.run(result.followUps());
        return result.changed() ? Outcome.APPLIED : Outcome.NO_CHANGE;
    }

    private @Nullable UUID paymentId(String intentId, JsonNode object) {
        var known = payments.findByIntentId(intentId);
        if (known.isPresent()) {
            return known.get().id();
        }
        // The intent's first events can arrive before its id is recorded: its metadata names the payment.
        var metadata = text(object.path("metadata"), "payment_id");
        if (metadata == null) {
            return null;
        }
        try {
            var id = UUID.fromString(metadata);
            return payments.existsById(id) ? id : null;
        } catch (IllegalArgumentException notOurs) {
            log.info("Intent {} carries a payment id that is not ours", intentId);
            return null;
        }
    }

    private static @Nullable String intentId(JsonNode object) {
        var kind = text(object, "object");
        if ("payment_intent".equals(kind)) {
            return text(object, "id");
        }
        return text(object, "payment_intent");
    }

    private static @Nullable String text(JsonNode node, String field) {
        var value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
