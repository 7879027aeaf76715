package dev.platter.payment.payment;

import dev.platter.payment.provider.IntentSnapshot;
import dev.platter.platform.events.payment.PaymentFailed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings a payment in line with its intent as the provider has it now. Used for webhooks, for the answers to our
 * own calls and by reconciliation alike, and it only ever moves a payment forward: an old or repeated event, read
 * again, finds the intent's current state and changes nothing that is already past.
 */
@Component
class PaymentSync {

    private static final Logger log = LoggerFactory.getLogger(PaymentSync.class);

    private final PaymentRepository payments;
    private final PaymentEffects effects;
    private final Clock clock;

    PaymentSync(PaymentRepository payments, PaymentEffects effects, Clock clock) {
        this.payments = payments;
        this.effects = effects;
        this.clock = clock;
    }

    /** What applying the intent changed, and the provider calls it asks for. */
    record Outcome(@Nullable PaymentStatus before, @Nullable PaymentStatus after, List<FollowUp> followUps) {

        static Outcome none() {
            return new Outcome(null, null, List.of());
        }

        boolean changed() {
            return before != after;
        }
    }

    @Transactional
    public Outcome apply(UUID paymentId, IntentSnapshot intent) {
        var payment = payments.lockById(paymentId).orElse(null);
        return payment == null ? Outcome.none() : applyLocked(payment, intent);
    }

    /** Applies the intent to a payment already locked in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome applyLocked(Payment payment, IntentSnapshot intent) {
        var now = clock.instant();
        var before = payment.status();
        var followUps = new ArrayList<FollowUp>();
        if (payment.intentId() == null) {
            payment.intentCreated(intent.id(), intent.clientSecret(), now);
        } else if (!payment.intentId().equals(intent.id())) {
            log.warn("Intent {} does not belong to payment {}", intent.id(), payment.id());
            return Outcome.none();
        }
        if (intent.requiresCapture()) {
            switch (payment.status()) {
                case PENDING -> {
                    if (payment.isOrderEnded()) {
                        // Authorised for an order already cancelled or expired: the money goes back.
                        if (payment.requestVoid(now)) {
                            effects.releaseWallet(payment);
                        }
                        effects.releasePromo(payment);
                        followUps.add(FollowUp.cancel(payment.id()));
                    } else {
                        payment.authorize(now);
                    }
                }
                case FAILED, VOIDED, VOID_REQUESTED -> followUps.add(FollowUp.cancel(payment.id()));
                case CAPTURE_REQUESTED -> followUps.add(FollowUp.capture(payment.id()));
                case AUTHORIZED, CAPTURED -> {}
            }
        } else if (intent.succeeded()) {
            switch (payment.status()) {
                case CAPTURE_REQUESTED, AUTHORIZED -> {
                    effects.takeWallet(payment, payment.captured(intent.amountReceived(), now));
                    followUps.addAll(effects.settleWaitingRefunds(payment));
                }
                case VOID_REQUESTED, VOIDED, FAILED, PENDING ->
                    log.error(
                            "Intent {} was captured but payment {} is {}: needs an admin",
                            intent.id(),
                            payment.id(),
                            payment.status());
                case CAPTURED -> {}
            }
        } else if (intent.canceled()) {
            switch (payment.status()) {
                case PENDING, AUTHORIZED, VOID_REQUESTED, CAPTURE_REQUESTED -> {
                    if (payment.voided(now)) {
                        effects.releaseWallet(payment);
                    }
                    effects.releasePromo(payment);
                }
                case CAPTURED, VOIDED, FAILED -> {}
            }
        } else if (intent.failed() && payment.status() == PaymentStatus.PENDING) {
            if (payment.fail(reason(intent.errorCode()), failureCode(intent), now)) {
                effects.releaseWallet(payment);
            }
            effects.releasePromo(payment);
        }
        effects.save(payment);
        return new Outcome(before, payment.status(), followUps);
    }

    private static @Nullable String failureCode(IntentSnapshot intent) {
        return intent.declineCode() != null ? intent.declineCode() : intent.errorCode();
    }

    static PaymentFailed.Reason reason(@Nullable String code) {
        if (code == null) {
            return PaymentFailed.Reason.PROCESSING_ERROR;
        }
        return switch (code) {
            case "payment_intent_authentication_failure", "authentication_required" ->
                PaymentFailed.Reason.AUTHENTICATION_FAILED;
            case "processing_error" -> PaymentFailed.Reason.PROCESSING_ERROR;
            default -> PaymentFailed.Reason.CARD_DECLINED;
        };
    }
}
