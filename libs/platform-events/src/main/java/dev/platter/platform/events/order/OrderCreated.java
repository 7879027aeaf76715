package dev.platter.platform.events.order;

import dev.platter.platform.events.Address;
import dev.platter.platform.events.EventType;
import dev.platter.platform.events.PaymentMethod;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A customer checked out: the order is stored, priced, and waits for its payment (PENDING_PAYMENT).
 *
 * @param customerName the customer's name, as the restaurant and rider see it
 * @param paymentExpiresAt when the order is cancelled unless its payment is authorised
 */
@EventType(value = "OrderCreated", version = 1)
public record OrderCreated(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        long version,
        UUID customerId,
        UUID restaurantId,
        String customerName,
        List<LineItem> lines,
        OrderTotals totals,
        PaymentMethod paymentMethod,
        Address deliveryAddress,
        @Nullable String deliveryInstructions,
        Instant paymentExpiresAt)
        implements OrderEvent {

    public OrderCreated {
        lines = List.copyOf(lines);
    }
}
