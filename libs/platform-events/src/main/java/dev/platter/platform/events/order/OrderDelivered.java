package dev.platter.platform.events.order;

import dev.platter.platform.events.EventType;
import dev.platter.platform.events.Money;
import dev.platter.platform.events.PaymentMethod;
import java.time.Instant;
import java.util.UUID;

/**
 * The customer received the order (DELIVERED): it can be reviewed, cash is settled and loyalty points are earned.
 *
 * @param riderId the rider who delivered it (the customer may rate them)
 * @param total what the order cost the customer
 */
@EventType(value = "OrderDelivered", version = 1)
public record OrderDelivered(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        long version,
        UUID customerId,
        UUID restaurantId,
        UUID riderId,
        PaymentMethod paymentMethod,
        Money total)
        implements OrderEvent {}
