package dev.platter.platform.events.delivery;

import dev.platter.platform.events.EventType;
import dev.platter.platform.events.GeoPoint;
import java.time.Instant;
import java.util.UUID;

/**
 * A delivery was created for an accepted order and the search for a rider began (SEARCHING).
 *
 * @param readyAt when the restaurant expects the food to be ready
 * @param distanceMetres from pickup to drop-off
 */
@EventType(value = "DeliveryRequested", version = 1)
public record DeliveryRequested(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        long version,
        UUID deliveryId,
        UUID restaurantId,
        UUID customerId,
        GeoPoint pickup,
        GeoPoint dropOff,
        Instant readyAt,
        int distanceMetres)
        implements DeliveryEvent {}
