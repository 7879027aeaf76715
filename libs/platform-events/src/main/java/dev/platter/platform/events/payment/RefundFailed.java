package dev.platter.platform.events.payment;

import dev.platter.platform.events.EventType;
import dev.platter.platform.events.Money;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A refund could not be made and needs an admin.
 *
 * @param amount the amount that was to be refunded
 * @param refundKey the key the refund was requested with through {@code /internal/refunds}, for support cases
 * @param failure what went wrong, e.g. the provider's failure reason
 */
@EventType(value = "RefundFailed", version = 1)
public record RefundFailed(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        long version,
        UUID paymentId,
        UUID customerId,
        UUID refundId,
        RefundReason reason,
        Money amount,
        @Nullable String refundKey,
        String failure)
        implements PaymentEvent {}
