package dev.platter.platform.events.delivery;

import dev.platter.platform.events.EventType;
import java.time.Instant;
import java.util.UUID;

/**
 * A rider accepted the offer and is on the way to the restaurant (ASSIGNED).
 *
 * @param riderName as the customer and restaurant see it
 * @param estimatedPickupAt when the rider should reach the restaurant
 * @param estimatedDeliveryAt the ETA at the customer's door
 */
@EventType(value = "RiderAssigned", version = 1)
public record RiderAssigned(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        long version,
        UUID deliveryId,
        UUID riderId,
        String riderName,
        UUID restaurantId,
        UUID customerId,
        Instant estimatedPickupAt,
        Instant estimatedDeliveryAt)
        implements DeliveryEvent {}
