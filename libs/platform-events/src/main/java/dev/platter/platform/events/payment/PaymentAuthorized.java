package dev.platter.platform.events.payment;

import dev.platter.platform.events.EventType;
import dev.platter.platform.events.Money;
import dev.platter.platform.events.PaymentMethod;
import java.time.Instant;
import java.util.UUID;

/**
 * The order's money is secured (card authorised, wallet amount reserved, or cash accepted as due on delivery).
 *
 * @param amount the whole amount secured, wallet part included: the order's total
 * @param walletAmount the part of it reserved from the customer's wallet
 */
@EventType(value = "PaymentAuthorized", version = 1)
public record PaymentAuthorized(
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
