package dev.platter.platform.events.restaurant;

import dev.platter.platform.events.EventType;
import dev.platter.platform.events.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A restaurant's menu changed; carries the full menu as it is now (a snapshot that replaces the previous one).
 *
 * @param version the menu's version
 * @param currency ISO-4217, the currency of every price in the menu
 * @param categories in display order
 */
@EventType(value = "MenuChanged", version = 1)
public record MenuChanged(
        UUID eventId, Instant occurredAt, UUID restaurantId, long version, String currency, List<Category> categories)
        implements RestaurantEvent {

    public MenuChanged {
        categories = List.copyOf(categories);
    }

    /** A menu section, e.g. "Pizzas", with its items in display order. */
    public record Category(UUID categoryId, String name, List<Item> items) {

        public Category {
            items = List.copyOf(items);
        }
    }

    /**
     * A dish or drink.
     *
     * @param price the base price, before options
     * @param available whether it can be ordered now (out of stock items are listed but not available)
     * @param optionGroups choices made when ordering it, in display order
     */
    public record Item(
            UUID menuItemId,
            String name,
            @Nullable String description,
            Money price,
            boolean available,
            List<DietaryTag> dietaryTags,
            @Nullable String imageUrl,
            List<OptionGroup> optionGroups) {

        public Item {
            dietaryTags = List.copyOf(dietaryTags);
            optionGroups = List.copyOf(optionGroups);
        }
    }

    /**
     * A choice on an item, e.g. "Size" (exactly one: min 1, max 1) or "Extra toppings" (up to 3: min 0, max 3).
     *
     * @param minSelections how many options must at least be chosen
     * @param maxSelections how many options may at most be chosen
     */
    public record OptionGroup(
            UUID optionGroupId, String name, int minSelections, int maxSelections, List<Option> options) {

        public OptionGroup {
            if (minSelections < 0 || maxSelections < Math.max(1, minSelections)) {
                throw new IllegalArgumentException(
                        "Need 0 <= minSelections <= maxSelections and maxSelections >= 1, was " + minSelections + ".."
                                + maxSelections);
            }
            options = List.copyOf(options);
        }
    }

    /**
     * One option of a group, e.g. "Large".
     *
     * @param priceDelta added to the item's price when chosen; may be zero, or negative (e.g. a smaller size)
     */
    public record Option(UUID optionId, String name, Money priceDelta, boolean available) {}

    /** Dietary facts customers filter by. */
    public enum DietaryTag {
        /** No meat, fish or egg. */
        VEGETARIAN,
        /** No animal products. */
        VEGAN,
        /** Contains egg but no meat or fish. */
        CONTAINS_EGG,
        /** No gluten. */
        GLUTEN_FREE,
        /** Contains nuts. */
        CONTAINS_NUTS,
        /** Halal. */
        HALAL,
        /** Spicy. */
        SPICY
    }
}
