package dev.platter.platform.events.order;

import dev.platter.platform.events.Address;
import dev.platter.platform.events.EventType;
import dev.platter.platform.events.PaymentMethod;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The order's payment is secured and the order goes to the restaurant (PLACED).
 *
 * @param customerName the customer's name, as the restaurant and rider see it
 */
@EventType(value = "OrderPlaced", version = 1)
public record OrderPlaced(
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
        @Nullable String deliveryInstructions)
        implements OrderEvent {

    public OrderPlaced {
        lines = List.copyOf(lines);
    }
}
