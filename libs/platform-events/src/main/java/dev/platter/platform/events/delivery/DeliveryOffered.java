package dev.platter.platform.events.delivery;

import dev.platter.platform.events.EventType;
import dev.platter.platform.events.GeoPoint;
import dev.platter.platform.events.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * The delivery was offered to one rider, who may accept it until {@code expiresAt} (OFFERED); carries what the rider's
 * app shows.
 *
 * @param distanceToPickupMetres from the rider's position to the restaurant
 * @param tripDistanceMetres from the restaurant to the customer
 * @param cashToCollect what the rider collects at the door (zero unless paid by cash)
 */
@EventType(value = "DeliveryOffered", version = 1)
public record DeliveryOffered(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        long version,
        UUID deliveryId,
        UUID offerId,
        UUID riderId,
        Instant expiresAt,
        UUID restaurantId,
        String restaurantName,
        GeoPoint pickup,
        GeoPoint dropOff,
        int distanceToPickupMetres,
        int tripDistanceMetres,
        Money cashToCollect)
        implements DeliveryEvent {}
