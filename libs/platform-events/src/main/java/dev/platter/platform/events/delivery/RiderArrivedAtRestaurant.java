package dev.platter.platform.events.delivery;

import dev.platter.platform.events.EventType;
import java.time.Instant;
import java.util.UUID;

/** The rider reached the restaurant and waits for the food (AT_RESTAURANT). */
@EventType(value = "RiderArrivedAtRestaurant", version = 1)
public record RiderArrivedAtRestaurant(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        long version,
        UUID deliveryId,
        UUID riderId,
        UUID restaurantId,
        UUID customerId)
        implements DeliveryEvent {}
