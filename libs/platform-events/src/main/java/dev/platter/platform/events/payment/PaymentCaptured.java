package dev.platter.platform.events.payment;

import dev.platter.platform.events.EventType;
import dev.platter.platform.events.Money;
import dev.platter.platform.events.PaymentMethod;
import java.time.Instant;
import java.util.UUID;

/**
 * The order's money was taken: the card captured and the wallet debited when the restaurant accepted, or the cash
 * collected at delivery.
 *
 * @param amount the whole amount taken, wallet part included (less than the total if a partial refund was decided)
 * @param walletAmount the part of it debited from the customer's wallet
 */
@EventType(value = "PaymentCaptured", version = 1)
public record PaymentCaptured(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        long version,
        UUID paymentId,
        UUID customerId,
        PaymentMethod method,
        Money amount,
        Money walletAmount)
        implements PaymentEvent {}
