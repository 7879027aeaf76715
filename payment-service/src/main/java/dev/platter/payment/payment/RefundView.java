package dev.platter.payment.payment;

import dev.platter.platform.events.Money;
import dev.platter.platform.events.payment.RefundReason;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A refund as its callers see it. */
public record RefundView(
        UUID refundId,
        UUID paymentId,
        UUID orderId,
        @Nullable String refundKey,
        RefundReason reason,
        RefundDestination destination,
        RefundStatus status,
        Money amount,
        @Nullable String failure,
        Instant createdAt) {

    static RefundView of(Refund refund) {
        return new RefundView(
                refund.id(),
                refund.paymentId(),
                refund.orderId(),
                refund.refundKey(),
                refund.reason(),
                refund.destination(),
                refund.status(),
                refund.amount(),
                refund.failure(),
                refund.createdAt());
    }
}
