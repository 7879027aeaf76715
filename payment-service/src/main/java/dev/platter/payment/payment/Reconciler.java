package dev.platter.payment.payment;

import dev.platter.payment.provider.ProviderUnavailable;
import dev.platter.payment.provider.StripeGateway;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Compares each open payment with its intent at the provider and repairs drift: a webhook that never came, a crash
 * between a provider call and recording its answer, a capture or cancellation or refund whose call got no answer.
 * Every repair goes through the same forward-only rules as a webhook and reuses the stored idempotency keys.
 */
@Component
public class Reconciler {

    private static final Logger log = LoggerFactory.getLogger(Reconciler.class);
    private static final EnumSet<PaymentStatus> OPEN = EnumSet.of(
            PaymentStatus.PENDING,
            PaymentStatus.AUTHORIZED,
            PaymentStatus.CAPTURE_REQUESTED,
            PaymentStatus.VOID_REQUESTED);

    private final PaymentRepository payments;
    private final RefundRepository refunds;
    private final PaymentService paymentService;
    private final PaymentSync sync;
    private final ProviderWork work;
    private final StripeGateway gateway;
    private final Clock clock;

    Reconciler(
            PaymentRepository payments,
            RefundRepository refunds,
            PaymentService paymentService,
            PaymentSync sync,
            ProviderWork work,
            StripeGateway gateway,
            Clock clock) {
        this.payments = payments;
        this.refunds = refunds;
        this.paymentService = paymentService;
        this.sync = sync;
        this.work = work;
        this.gateway = gateway;
        this.clock = clock;
    }

    /** One repair: what a payment (or refund) was, what it is now, and what was done. */
    public record Change(UUID paymentId, UUID orderId, @Nullable String from, String to, String action) {}

    /** What a run looked at and what it changed. */
    public record Result(int checked, List<Change> changes, int unanswered) {}

    public Result run(Duration grace, int batchSize) {
        var before = clock.instant().minus(grace);
        var ids = payments.findOpen(OPEN, before, PageRequest.of(0, batchSize));
        var changes = new ArrayList<Change>();
        int unanswered = 0;
        for (var id : ids) {
            try {
                var change = reconcile(id);
                if (change != null) {
                    changes.add(change);
                }
            } catch (ProviderUnavailable e) {
                unanswered++;
            } catch (RuntimeException e) {
                log.error("Reconciliation of payment {} failed", id, e);
                unanswered++;
            }
        }
        for (var refund : refunds.findByStatus(RefundStatus.PENDING)) {
            if (refund.destination() != RefundDestination.CARD) {
                continue;
            }
            if (work.run(List.of(FollowUp.refund(refund.id())))) {
                var now = refunds.findById(refund.id()).orElseThrow();
                if (now.status() != RefundStatus.PENDING) {
                    changes.add(new Change(
                            now.paymentId(),
                            now.orderId(),
                            "refund PENDING",
                            "refund " + now.status(),
                            "refund retried"));
                }
            } else {
                unanswered++;
            }
        }
        return new Result(ids.size(), changes, unanswered);
    }

    private @Nullable Change reconcile(UUID paymentId) {
        var payment = payments.findById(paymentId).orElseThrow();
        var from = payment.status();
        String action;
        if (payment.intentId() == null) {
            if (payment.method() != dev.platter.platform.events.PaymentMethod.CARD
                    || payment.status() != PaymentStatus.PENDING) {
                return null;
            }
            paymentService.createIntent(payment);
            action = "intent creation retried with its idempotency key";
        } else {
            var intent = gateway.retrieveIntent(payment.intentId());
            var outcome = sync.apply(paymentId, intent);
            work.run(outcome.followUps());
            action = "synchronised with intent " + intent.id() + " (" + intent.status() + ")"
                    + (outcome.followUps().isEmpty()
                            ? ""
                            : ", then "
                                    + outcome.followUps().stream()
                                            .map(f -> f.kind().name().toLowerCase(java.util.Locale.ROOT))
                                            .toList());
        }
        var after = payments.findById(paymentId).orElseThrow();
        if (after.status() == from
                && !(from == PaymentStatus.PENDING && payment.intentId() == null && after.intentId() != null)) {
            return null;
        }
        return new Change(
                paymentId, after.orderId(), from.name(), after.status().name(), action);
    }
}
