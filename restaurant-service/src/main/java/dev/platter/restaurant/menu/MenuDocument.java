package dev.platter.restaurant.menu;

import dev.platter.platform.events.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A restaurant's whole menu as one immutable value: categories in display order, their items, each item's option
 * groups. Changes make a new document; the {@link Menu} aggregate holds the current one.
 */
public record MenuDocument(List<Category> categories) {

    public static final MenuDocument EMPTY = new MenuDocument(List.of());

    public MenuDocument {
        categories = List.copyOf(categories);
    }

    /** A menu section, e.g. "Pizzas". */
    public record Category(UUID id, String name, List<Item> items) {
        public Category {
            items = List.copyOf(items);
        }
    }

    /**
     * A dish or drink.
     *
     * @param available false when the owner took it off the menu until further notice
     * @param soldOutUntil when "sold out today" ends (the restaurant's next local midnight)
     */
    public record Item(
            UUID id,
            String name,
            @Nullable String description,
            Money price,
            Diet diet,
            Set<Allergen> allergens,
            @Nullable String imageUrl,
            boolean available,
            @Nullable Instant soldOutUntil,
            List<OptionGroup> optionGroups) {
        public Item {
            allergens = Set.copyOf(allergens);
            optionGroups = List.copyOf(optionGroups);
        }

        /** Whether it can be ordered at {@code now}. */
        public boolean availableAt(Instant now) {
            return available && (soldOutUntil == null || !now.isBefore(soldOutUntil));
        }

        Item withAvailability(boolean available, @Nullable Instant soldOutUntil) {
            return new Item(
                    id, name, description, price, diet, allergens, imageUrl, available, soldOutUntil, optionGroups);
        }

        public Optional<OptionGroup> groupOf(UUID optionId) {
            return optionGroups.stream()
                    .filter(group -> group.option(optionId).isPresent())
                    .findFirst();
        }
    }

    /**
     * A choice on an item: "Size" (required, exactly one: min 1, max 1), "Extra toppings" (optional, up to 5).
     *
     * @param minSelections how many options must be chosen at least (0: optional)
     * @param maxSelections how many may be chosen at most
     */
    public record OptionGroup(UUID id, String name, int minSelections, int maxSelections, List<Option> options) {
        public OptionGroup {
            options = List.copyOf(options);
        }

        public Optional<Option> option(UUID optionId) {
            return options.stream()
                    .filter(option -> option.id().equals(optionId))
                    .findFirst();
        }
    }

    /** One option of a group; {@code priceDelta} is added to the item's price (zero or negative allowed). */
    public record Option(UUID id, String name, Money priceDelta, boolean available) {}

    public Optional<Item> item(UUID itemId) {
        return categories.stream()
                .flatMap(category -> category.items().stream())
                .filter(item -> item.id().equals(itemId))
                .findFirst();
    }

    public Optional<Category> category(UUID categoryId) {
        return categories.stream()
                .filter(category -> category.id().equals(categoryId))
                .findFirst();
    }

    public int itemCount() {
        return categories.stream().mapToInt(category -> category.items().size()).sum();
    }

    MenuDocument withCategory(Category category) {
        var changed = new ArrayList<>(categories);
        changed.add(category);
        return new MenuDocument(changed);
    }

    MenuDocument mapCategory(UUID categoryId, UnaryOperator<Category> change) {
        return new MenuDocument(categories.stream()
                .map(category -> category.id().equals(categoryId) ? change.apply(category) : category)
                .toList());
    }

    MenuDocument withoutCategory(UUID categoryId) {
        return new MenuDocument(categories.stream()
                .filter(category -> !category.id().equals(categoryId))
                .toList());
    }

    MenuDocument mapItem(UUID itemId, UnaryOperator<Item> change) {
        return new MenuDocument(categories.stream()
                .map(category -> new Category(
                        category.id(),
                        category.name(),
                        category.items().stream()
                                .map(item -> item.id().equals(itemId) ? change.apply(item) : item)
                                .toList()))
                .toList());
    }

    MenuDocument withoutItem(UUID itemId) {
        return new MenuDocument(categories.stream()
                .map(category -> new Category(
                        category.id(),
                        category.name(),
                        category.items().stream()
                                .filter(item -> !item.id().equals(itemId))
                                .toList()))
                .toList());
    }
}
