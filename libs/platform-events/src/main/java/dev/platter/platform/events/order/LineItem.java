package dev.platter.platform.events.order;

import dev.platter.platform.events.Money;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One line of an order, priced by order-service from the restaurant's data at checkout.
 *
 * @param name the item's name when ordered
 * @param unitPrice the item's base price, before options
 * @param options the options chosen, each with its price
 * @param lineTotal (unit price + option deltas) x quantity
 * @param note the customer's note for the kitchen, e.g. "no onions"
 */
public record LineItem(
        UUID menuItemId,
        String name,
        int quantity,
        Money unitPrice,
        List<Option> options,
        Money lineTotal,
        @Nullable String note) {

    public LineItem {
        if (quantity < 1) {
            throw new IllegalArgumentException("Quantity must be at least 1, was " + quantity);
        }
        options = List.copyOf(options);
        Money unit = unitPrice;
        for (Option option : options) {
            unit = unit.plus(option.priceDelta());
        }
        if (!unit.times(quantity).equals(lineTotal)) {
            throw new IllegalArgumentException("Line total of " + name + " must be " + unit.times(quantity)
                    + " ((unit price + options) x quantity), was " + lineTotal);
        }
    }

    /**
     * An option chosen for the line, e.g. group "Size", option "Large".
     *
     * @param priceDelta added to the unit price; may be zero or negative
     */
    public record Option(UUID optionId, String groupName, String name, Money priceDelta) {}
}
