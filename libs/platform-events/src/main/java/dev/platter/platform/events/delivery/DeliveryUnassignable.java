package dev.platter.platform.events.delivery;

import dev.platter.platform.events.EventType;
import java.time.Instant;
import java.util.UUID;

/**
 * No rider was found in time; admins are alerted while the search goes on.
 *
 * @param searchingSince when the search for a rider began
 * @param offersMade how many offers were declined or expired so far
 */
@EventType(value = "DeliveryUnassignable", version = 1)
public record DeliveryUnassignable(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        long version,
        UUID deliveryId,
        UUID restaurantId,
        UUID customerId,
        Instant searchingSince,
        int offersMade)
        implements DeliveryEvent {}
