package dev.platter.platform.events.payment;

import dev.platter.platform.events.EventType;
import dev.platter.platform.events.Money;
import dev.platter.platform.events.PaymentMethod;
import java.time.Instant;
import java.util.UUID;

/**
 * The order's secured money was released without being taken (order cancelled, rejected or expired before capture).
 *
 * @param amount the whole amount released, wallet part included
 * @param walletAmount the part of it released back to the customer's wallet
 */
@EventType(value = "PaymentVoided", version = 1)
public record PaymentVoided(
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
