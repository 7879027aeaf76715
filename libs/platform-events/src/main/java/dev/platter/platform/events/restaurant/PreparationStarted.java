package dev.platter.platform.events.restaurant;

import dev.platter.platform.events.EventType;
import java.time.Instant;
import java.util.UUID;

/**
 * The kitchen started cooking an accepted ticket.
 *
 * @param readyAt when the food should be ready, as now estimated
 */
@EventType(value = "PreparationStarted", version = 1)
public record PreparationStarted(
        UUID eventId, Instant occurredAt, UUID orderId, long version, UUID ticketId, UUID restaurantId, Instant readyAt)
        implements KitchenEvent {}
