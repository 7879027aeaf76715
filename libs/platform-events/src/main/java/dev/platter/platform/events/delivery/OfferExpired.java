package dev.platter.platform.events.delivery;

import dev.platter.platform.events.EventType;
import java.time.Instant;
import java.util.UUID;

/** The rider let the offer run out; the delivery goes to the next rider. */
@EventType(value = "OfferExpired", version = 1)
public record OfferExpired(
        UUID eventId, Instant occurredAt, UUID orderId, long version, UUID deliveryId, UUID offerId, UUID riderId)
        implements DeliveryEvent {}
