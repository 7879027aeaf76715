package dev.platter.platform.events.order;

import dev.platter.platform.events.EventType;
import java.time.Instant;
import java.util.UUID;

/** The food is ready and waits for the rider (READY_FOR_PICKUP). */
@EventType(value = "OrderReadyForPickup", version = 1)
public record OrderReadyForPickup(
        UUID eventId, Instant occurredAt, UUID orderId, long version, UUID customerId, UUID restaurantId)
        implements OrderEvent {}
