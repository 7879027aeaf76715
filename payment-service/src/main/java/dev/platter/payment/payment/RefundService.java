package dev.platter.payment.payment;

import dev.platter.platform.events.Money;
import dev.platter.platform.events.payment.RefundReason;
import dev.platter.platform.web.problem.IllegalTransition;
import dev.platter.platform.web.problem.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Refunds of captured payments: support cases through {@code /internal/refunds} (idempotent on the refund key) and
 * admins by hand. Under the payment's row lock, a refund is accepted only if it fits in what is left of the captured
 * amount once every earlier refund (done or in flight) is counted, so refunds never exceed what was captured, however
 * many arrive at once. To the wallet it is credited at once; to the card the provider is called after the commit.
 */
@Service
public class RefundService {

    private final PaymentRepository payments;
    private final RefundRepository refunds;
    private final PaymentEffects effects;
    private final ProviderWork work;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RefundService(
            PaymentRepository payments,
            RefundRepository refunds,
            PaymentEffects effects,
            ProviderWork work,
            TransactionTemplate transactions,
            Clock clock) {
        this.payments = payments;
        this.refunds = refunds;
        this.effects = effects;
        this.work = work;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A refund request: of which payment (or order's payment), how much, where to. */
    public record RequestRefund(
            @Nullable UUID paymentId,
            @Nullable UUID orderId,
            String refundKey,
            Money amount,
            RefundDestination destination,
            RefundReason reason,
            @Nullable UUID requestedBy,
            @Nullable String note) {}

    /** The refund and whether this request made it. */
    public record Requested(RefundView refund, boolean created) {}

    public Requested request(RequestRefund request) {
        var existing = refunds.findByRefundKey(request.refundKey());
        if (existing.isPresent()) {
            return new Requested(RefundView.of(existing.get()), false);
        }
        Refund refund;
        try {
            refund = transactions.execute(status -> record(request));
        } catch (DataIntegrityViolationException raced) {
            return new Requested(
                    RefundView.of(refunds.findByRefundKey(request.refundKey()).orElseThrow(() -> raced)), false);
        }
        if (refund.status() == RefundStatus.PENDING) {
            work.run(List.of(FollowUp.refund(refund.id())));
        }
        return new Requested(RefundView.of(refunds.findById(refund.id()).orElseThrow()), true);
    }

    private Refund record(RequestRefund request) {
        var payment = (request.paymentId() != null
                        ? payments.lockById(request.paymentId())
                        : payments.lockByOrderId(java.util.Objects.requireNonNull(request.orderId())))
                .orElseThrow(() -> new NotFoundException("No payment for this refund"));
        if (request.orderId() != null && !payment.orderId().equals(request.orderId())) {
            throw new NotFoundException("No payment " + request.paymentId() + " for order " + request.orderId());
        }
        if (payment.status() != PaymentStatus.CAPTURED) {
            throw new IllegalTransition("Payment", payment.status(), "be refunded before its capture");
        }
        if (!request.amount().currency().equals(payment.currency())) {
            throw new RefundExceedsCaptured("The payment is in " + payment.currency());
        }
        if (request.destination() == RefundDestination.CARD
                && (payment.method() != dev.platter.platform.events.PaymentMethod.CARD || payment.intentId() == null)) {
            throw new RefundDestinationUnavailable(
                    "A " + payment.method() + " payment is refunded to the wallet, not to a card");
        }
        long amount = request.amount().amountMinor();
        var inFlight = refunds.findByPaymentIdAndStatus(payment.id(), RefundStatus.PENDING);
        long pending =
                inFlight.stream().mapToLong(r -> r.amount().amountMinor()).sum();
        long pendingToCard = inFlight.stream()
                .filter(r -> r.destination() == RefundDestination.CARD)
                .mapToLong(r -> r.amount().amountMinor())
                .sum();
        long left = payment.refundable() - pending;
        if (amount > left) {
            throw new RefundExceedsCaptured(
                    "Only " + Math.max(0, left) + " of the captured amount is left to refund, asked " + amount);
        }
        if (request.destination() == RefundDestination.CARD && amount > payment.refundableToCard() - pendingToCard) {
            throw new RefundExceedsCaptured("Only " + Math.max(0, payment.refundableToCard() - pendingToCard)
                    + " can go back to the card; refund the rest to the wallet");
        }
        var refund = refunds.saveAndFlush(new Refund(
                payment,
                request.refundKey(),
                request.reason(),
                request.destination(),
                request.amount(),
                request.requestedBy(),
                request.note(),
                clock.instant()));
        if (request.destination() == RefundDestination.WALLET) {
            effects.completeWalletRefund(payment, refund);
        }
        return refund;
    }

    public RefundView byId(UUID refundId) {
        return refunds.findById(refundId)
                .map(RefundView::of)
                .orElseThrow(() -> new NotFoundException("No refund " + refundId));
    }
}
