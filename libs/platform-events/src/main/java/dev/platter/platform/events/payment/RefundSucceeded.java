package dev.platter.platform.events.payment;

import dev.platter.platform.events.EventType;
import dev.platter.platform.events.Money;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Money of a captured payment went back to the customer.
 *
 * @param amount the whole amount refunded
 * @param walletAmount the part of it credited to the customer's wallet (the rest goes back to the card)
 * @param refundKey the key the refund was requested with through {@code /internal/refunds}, for support cases
 */
@EventType(value = "RefundSucceeded", version = 1)
public record RefundSucceeded(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        long version,
        UUID paymentId,
        UUID customerId,
        UUID refundId,
        RefundReason reason,
        Money amount,
        Money walletAmount,
        @Nullable String refundKey)
        implements PaymentEvent {}
