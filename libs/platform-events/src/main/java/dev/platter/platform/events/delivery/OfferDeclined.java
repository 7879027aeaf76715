package dev.platter.platform.events.delivery;

import dev.platter.platform.events.EventType;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The rider declined the offer; the delivery goes to the next rider.
 *
 * @param reason the rider's words, if any
 */
@EventType(value = "OfferDeclined", version = 1)
public record OfferDeclined(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        long version,
        UUID deliveryId,
        UUID offerId,
        UUID riderId,
        @Nullable String reason)
        implements DeliveryEvent {}
