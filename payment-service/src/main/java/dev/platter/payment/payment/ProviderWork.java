package dev.platter.payment.payment;

import dev.platter.payment.provider.IntentSnapshot;
import dev.platter.payment.provider.ProviderRefused;
import dev.platter.payment.provider.ProviderUnavailable;
import dev.platter.payment.provider.StripeGateway;
import java.util.ArrayDeque;
import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the provider calls that committed changes asked for, each with the idempotency key stored with its payment or
 * refund, then records the answer in a new transaction. A call that gets no answer is left as it is: the stored state
 * says what is still to do, and the webhook or reconciliation finishes it.
 */
@Component
class ProviderWork {

    private static final Logger log = LoggerFactory.getLogger(ProviderWork.class);

    private final PaymentRepository payments;
    private final RefundRepository refunds;
    private final StripeGateway gateway;
    private final PaymentSync sync;
    private final PaymentEffects effects;
    private final TransactionTemplate transactions;

    ProviderWork(
            PaymentRepository payments,
            RefundRepository refunds,
            StripeGateway gateway,
            PaymentSync sync,
            PaymentEffects effects,
            TransactionTemplate transactions) {
        this.payments = payments;
        this.refunds = refunds;
        this.gateway = gateway;
        this.sync = sync;
        this.effects = effects;
        this.transactions = transactions;
    }

    /** Runs the follow-ups, and those they lead to; answers whether every call was answered. */
    boolean run(Collection<FollowUp> followUps) {
        var queue = new ArrayDeque<>(followUps);
        boolean allAnswered = true;
        int guard = 0;
        while (!queue.isEmpty() && guard++ < 20) {
            var next = queue.poll();
            try {
                queue.addAll(
                        switch (next.kind()) {
                            case CAPTURE -> capture(next);
                            case CANCEL -> cancel(next);
                            case REFUND -> refund(next);
                        });
            } catch (ProviderUnavailable e) {
                allAnswered = false;
                log.warn("{} {} left for reconciliation: {}", next.kind(), next.id(), e.getMessage());
            }
        }
        return allAnswered;
    }

    private Collection<FollowUp> capture(FollowUp followUp) {
        var payment = payments.findById(followUp.id()).orElseThrow();
        if (payment.status() != PaymentStatus.CAPTURE_REQUESTED || payment.intentId() == null) {
            return java.util.List.of();
        }
        IntentSnapshot intent;
        try {
            intent = gateway.capture(payment.intentId(), payment.cardKeep(), payment.idempotencyKey("capture"));
        } catch (ProviderRefused refused) {
            log.warn("Capture of payment {} refused: {}", payment.id(), refused.getMessage());
            intent = gateway.retrieveIntent(payment.intentId());
        }
        return sync.apply(payment.id(), intent).followUps();
    }

    private Collection<FollowUp> cancel(FollowUp followUp) {
        var payment = payments.findById(followUp.id()).orElseThrow();
        if (payment.intentId() == null) {
            return java.util.List.of();
        }
        IntentSnapshot intent;
        try {
            intent = gateway.cancel(payment.intentId(), payment.idempotencyKey("cancel"));
        } catch (ProviderRefused refused) {
            log.warn("Cancellation of payment {} refused: {}", payment.id(), refused.getMessage());
            intent = gateway.retrieveIntent(payment.intentId());
        }
        var outcome = sync.apply(payment.id(), intent);
        // Only an intent that cannot be cancelled any more asks again; never loop on the same answer.
        return outcome.followUps().stream()
                .filter(next -> next.kind() != FollowUp.Kind.CANCEL)
                .toList();
    }

    private Collection<FollowUp> refund(FollowUp followUp) {
        var refund = refunds.findById(followUp.id()).orElseThrow();
        var payment = payments.findById(refund.paymentId()).orElseThrow();
        if (refund.status() != RefundStatus.PENDING
                || payment.status() != PaymentStatus.CAPTURED
                || payment.intentId() == null) {
            return java.util.List.of();
        }
        try {
            var providerId = gateway.refund(
                    payment.intentId(), refund.id(), refund.amount().amountMinor(), refund.idempotencyKey());
            transactions.executeWithoutResult(status -> {
                var locked = payments.lockById(payment.id()).orElseThrow();
                var current = refunds.lockById(refund.id()).orElseThrow();
                if (current.status() == RefundStatus.PENDING) {
                    effects.completeCardRefund(locked, current, providerId);
                }
            });
        } catch (ProviderRefused refused) {
            transactions.executeWithoutResult(status -> {
                var locked = payments.lockById(payment.id()).orElseThrow();
                var current = refunds.lockById(refund.id()).orElseThrow();
                if (current.status() == RefundStatus.PENDING) {
                    effects.failRefund(locked, current, String.valueOf(refused.getMessage()));
                }
            });
        }
        return java.util.List.of();
    }
}
