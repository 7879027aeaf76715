package dev.platter.platform.events.restaurant;

import dev.platter.platform.events.EventType;
import java.time.Instant;
import java.util.UUID;

/**
 * The restaurant accepted a ticket and promised it ready in {@code prepMinutes}.
 *
 * @param readyAt when the food should be ready for pickup
 * @param autoAccepted whether the restaurant's auto-accept setting accepted it rather than a person
 */
@EventType(value = "TicketAccepted", version = 1)
public record TicketAccepted(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        long version,
        UUID ticketId,
        UUID restaurantId,
        int prepMinutes,
        Instant readyAt,
        boolean autoAccepted)
        implements KitchenEvent {

    public TicketAccepted {
        if (prepMinutes < 1) {
            throw new IllegalArgumentException("Preparation takes at least a minute, was " + prepMinutes);
        }
    }
}
