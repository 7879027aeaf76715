package dev.platter.platform.events.restaurant;

import dev.platter.platform.events.EventType;
import java.time.Instant;
import java.util.UUID;

/** The food of a ticket is packed and ready for the rider. */
@EventType(value = "TicketReady", version = 1)
public record TicketReady(
        UUID eventId, Instant occurredAt, UUID orderId, long version, UUID ticketId, UUID restaurantId)
        implements KitchenEvent {}
