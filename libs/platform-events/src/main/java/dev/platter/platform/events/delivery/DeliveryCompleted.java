package dev.platter.platform.events.delivery;

import dev.platter.platform.events.EventType;
import dev.platter.platform.events.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * The rider handed the food over with the customer's code (DELIVERED).
 *
 * @param distanceMetres travelled from pickup to drop-off
 * @param cashCollected what the rider collected at the door (zero unless paid by cash)
 */
@EventType(value = "DeliveryCompleted", version = 1)
public record DeliveryCompleted(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        long version,
        UUID deliveryId,
        UUID riderId,
        UUID restaurantId,
        UUID customerId,
        int distanceMetres,
        Money cashCollected)
        implements DeliveryEvent {}
