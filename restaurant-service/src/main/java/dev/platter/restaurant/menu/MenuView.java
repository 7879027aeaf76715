package dev.platter.restaurant.menu;

import dev.platter.platform.events.Money;
import dev.platter.platform.events.restaurant.MenuChanged.DietaryTag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A menu as clients read it, availability judged at the moment it was read from the database.
 *
 * @param version the menu's version, also in the ETag
 */
public record MenuView(UUID restaurantId, String currency, long version, List<CategoryView> categories) {

    public record CategoryView(UUID id, String name, List<ItemView> items) {}

    /**
     * One dish.
     *
     * @param available whether it can be ordered now
     * @param soldOutUntil when a "sold out today" ends, if it is sold out
     */
    public record ItemView(
            UUID id,
            String name,
            @Nullable String description,
            Money price,
            Diet diet,
            Set<Allergen> allergens,
            List<DietaryTag> dietaryTags,
            @Nullable String imageUrl,
            boolean available,
            @Nullable Instant soldOutUntil,
            List<OptionGroupView> optionGroups) {}

    /** A choice; {@code required} when at least one option must be picked. */
    public record OptionGroupView(
            UUID id, String name, int minSelections, int maxSelections, boolean required, List<OptionView> options) {}

    public record OptionView(UUID id, String name, Money priceDelta, boolean available) {}

    static MenuView of(Menu menu, String currency, Instant now) {
        return new MenuView(
                menu.restaurantId(),
                currency,
                menu.revision(),
                menu.document().categories().stream()
                        .map(category -> new CategoryView(
                                category.id(),
                                category.name(),
                                category.items().stream()
                                        .map(item -> item(item, now))
                                        .toList()))
                        .toList());
    }

    static ItemView item(MenuDocument.Item item, Instant now) {
        var available = item.availableAt(now);
        return new ItemView(
                item.id(),
                item.name(),
                item.description(),
                item.price(),
                item.diet(),
                item.allergens(),
                dietaryTags(item),
                item.imageUrl(),
                available,
                available ? null : item.soldOutUntil(),
                item.optionGroups().stream()
                        .map(group -> new OptionGroupView(
                                group.id(),
                                group.name(),
                                group.minSelections(),
                                group.maxSelections(),
                                group.minSelections() > 0,
                                group.options().stream()
                                        .map(option -> new OptionView(
                                                option.id(), option.name(), option.priceDelta(), option.available()))
                                        .toList()))
                        .toList());
    }

    /** The dietary facts of the published contract, derived from diet and allergens. */
    static List<DietaryTag> dietaryTags(MenuDocument.Item item) {
        var tags = new ArrayList<DietaryTag>();
        if (item.diet() == Diet.VEG || item.diet() == Diet.VEGAN) {
            tags.add(DietaryTag.VEGETARIAN);
        }
        if (item.diet() == Diet.VEGAN) {
            tags.add(DietaryTag.VEGAN);
        }
        if (item.allergens().contains(Allergen.EGG)) {
            tags.add(DietaryTag.CONTAINS_EGG);
        }
        if (item.allergens().contains(Allergen.NUTS) || item.allergens().contains(Allergen.PEANUTS)) {
            tags.add(DietaryTag.CONTAINS_NUTS);
        }
        return tags;
    }
}
