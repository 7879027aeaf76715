package dev.platter.restaurant.kitchen;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What to cook: an item, how many, the options chosen (by name) and the customer's note. */
public record TicketLine(UUID menuItemId, String name, int quantity, List<String> options, @Nullable String note) {

    public TicketLine {
        options = List.copyOf(options);
    }
}
