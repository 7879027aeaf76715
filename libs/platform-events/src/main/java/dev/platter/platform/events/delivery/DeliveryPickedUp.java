package dev.platter.platform.events.delivery;

import dev.platter.platform.events.EventType;
import java.time.Instant;
import java.util.UUID;

/**
 * The rider has the food and heads to the customer (PICKED_UP).
 *
 * @param estimatedDeliveryAt the ETA at the customer's door
 */
@EventType(value = "DeliveryPickedUp", version = 1)
public record DeliveryPickedUp(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        long version,
        UUID deliveryId,
        UUID riderId,
        UUID restaurantId,
        UUID customerId,
        Instant estimatedDeliveryAt)
        implements DeliveryEvent {}
