package dev.platter.platform.events.order;

import dev.platter.platform.events.EventType;
import dev.platter.platform.events.Money;
import dev.platter.platform.events.PaymentMethod;
import dev.platter.platform.events.restaurant.TicketRejected;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The restaurant rejected the placed order, or let it time out (REJECTED); nothing was captured, so the whole payment
 * is voided or released.
 *
 * @param reason the kitchen's reason, TIMEOUT when nobody accepted it in time
 * @param note the restaurant's words, if any
 */
@EventType(value = "OrderRejected", version = 1)
public record OrderRejected(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        long version,
        UUID customerId,
        UUID restaurantId,
        TicketRejected.Reason reason,
        @Nullable String note,
        PaymentMethod paymentMethod,
        Money total)
        implements OrderEvent {}
