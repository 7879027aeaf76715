package dev.platter.platform.events.restaurant;

import dev.platter.platform.events.EventType;
import dev.platter.platform.events.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A placed order reached the restaurant as a ticket awaiting acceptance.
 *
 * @param ownerId the restaurant's owner, who is told about the new order
 * @param itemsTotal the value of the items, options included
 * @param acceptBy when restaurant-service rejects it with reason TIMEOUT unless someone accepts it
 */
@EventType(value = "TicketOpened", version = 1)
public record TicketOpened(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        long version,
        UUID ticketId,
        UUID restaurantId,
        UUID ownerId,
        List<Line> lines,
        Money itemsTotal,
        Instant acceptBy)
        implements KitchenEvent {

    public TicketOpened {
        lines = List.copyOf(lines);
    }

    /**
     * What to cook: an item, how many, and the names of the options chosen.
     *
     * @param note the customer's note for the kitchen, e.g. "no onions"
     */
    public record Line(UUID menuItemId, String name, int quantity, List<String> options, @Nullable String note) {

        public Line {
            if (quantity < 1) {
                throw new IllegalArgumentException("Quantity must be at least 1, was " + quantity);
            }
            options = List.copyOf(options);
        }
    }
}
