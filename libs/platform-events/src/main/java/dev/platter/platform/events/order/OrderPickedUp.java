package dev.platter.platform.events.order;

import dev.platter.platform.events.EventType;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The rider picked the order up and is on the way (PICKED_UP); from here it can no longer be cancelled.
 *
 * @param estimatedDeliveryAt the ETA at the customer's door, if known
 */
@EventType(value = "OrderPickedUp", version = 1)
public record OrderPickedUp(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        long version,
        UUID customerId,
        UUID restaurantId,
        UUID riderId,
        @Nullable Instant estimatedDeliveryAt)
        implements OrderEvent {}
