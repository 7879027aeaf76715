package dev.platter.platform.events.restaurant;

import dev.platter.platform.events.EventType;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The restaurant rejected a ticket, or nobody accepted it in time (reason TIMEOUT).
 *
 * @param note the owner's words, if any
 */
@EventType(value = "TicketRejected", version = 1)
public record TicketRejected(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        long version,
        UUID ticketId,
        UUID restaurantId,
        Reason reason,
        @Nullable String note)
        implements KitchenEvent {

    /** Why a ticket was rejected. */
    public enum Reason {
        /** Nobody accepted it within the acceptance window; set by restaurant-service itself. */
        TIMEOUT,
        /** An item or option ran out. */
        ITEM_UNAVAILABLE,
        /** The kitchen is too busy. */
        TOO_BUSY,
        /** The restaurant is closing or closed. */
        CLOSED,
        /** Any other reason, see the note. */
        OTHER
    }
}
