package dev.platter.restaurant.menu;

import dev.platter.platform.events.Money;
import dev.platter.platform.events.restaurant.MenuChanged;
import dev.platter.platform.web.ids.Uuids;
import dev.platter.platform.web.problem.NotFoundException;
import dev.platter.restaurant.config.JsonColumn;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

/**
 * A restaurant's menu: the aggregate owners change, one document per restaurant. Every change makes a new document,
 * bumps {@code revision} (the menu's version: ETags, MenuChanged, the cache) and is announced with the full snapshot.
 */
@Entity
@Table(name = "menus")
public class Menu {

    /** Most items one menu holds. */
    static final int MAX_ITEMS = 500;

    /** Most categories one menu holds. */
    static final int MAX_CATEGORIES = 50;

    @Id
    private UUID restaurantId;

    @Convert(converter = DocumentColumn.class)
    private MenuDocument document;

    private long revision;

    @Version
    private long version;

    private Instant updatedAt;

    protected Menu() {}

    Menu(UUID restaurantId, Instant now) {
        this.restaurantId = restaurantId;
        this.document = MenuDocument.EMPTY;
        this.updatedAt = now;
    }

    MenuDocument.Category addCategory(String name, Instant now) {
        if (document.categories().size() >= MAX_CATEGORIES) {
            throw new MenuTooLarge("categories", MAX_CATEGORIES);
        }
        var category = new MenuDocument.Category(Uuids.v7(now.toEpochMilli()), name.strip(), List.of());
        change(document.withCategory(category), now);
        return category;
    }

    void renameCategory(UUID categoryId, String name, Instant now) {
        requireCategory(categoryId);
        change(
                document.mapCategory(
                        categoryId,
                        category -> new MenuDocument.Category(category.id(), name.strip(), category.items())),
                now);
    }

    void removeCategory(UUID categoryId, Instant now) {
        requireCategory(categoryId);
        change(document.withoutCategory(categoryId), now);
    }

    /** Puts the categories in the given order; the ids must be exactly the menu's categories. */
    void reorderCategories(List<UUID> order, Instant now) {
        var current =
                document.categories().stream().map(MenuDocument.Category::id).toList();
        if (order.size() != current.size() || !new HashSet<>(order).equals(new HashSet<>(current))) {
            throw new CategoryOrderMismatch();
        }
        change(
                new MenuDocument(order.stream()
                        .map(id -> document.category(id).orElseThrow())
                        .toList()),
                now);
    }

    MenuDocument.Item addItem(UUID categoryId, ItemDetails details, String currency, Instant now) {
        requireCategory(categoryId);
        if (document.itemCount() >= MAX_ITEMS) {
            throw new MenuTooLarge("items", MAX_ITEMS);
        }
        var item = item(Uuids.v7(now.toEpochMilli()), details, currency, null, null, now);
        change(
                document.mapCategory(categoryId, category -> {
                    var items = new ArrayList<>(category.items());
                    items.add(item);
                    return new MenuDocument.Category(category.id(), category.name(), items);
                }),
                now);
        return item;
    }

    MenuDocument.Item updateItem(UUID itemId, ItemDetails details, String currency, Instant now) {
        var current = requireItem(itemId);
        var item = item(itemId, details, currency, current, current.soldOutUntil(), now);
        change(document.mapItem(itemId, unused -> item), now);
        return item;
    }

    void removeItem(UUID itemId, Instant now) {
        requireItem(itemId);
        change(document.withoutItem(itemId), now);
    }

    /** Marks an item available, sold out until {@code soldOutUntil}, or off the menu ({@code available} false). */
    MenuDocument.Item setAvailability(UUID itemId, boolean available, @Nullable Instant soldOutUntil, Instant now) {
        var item = requireItem(itemId).withAvailability(available, soldOutUntil);
        change(document.mapItem(itemId, unused -> item), now);
        return item;
    }

    /** Ends every "sold out today" that ran out by {@code now}; false when none did. */
    boolean restock(Instant now) {
        var restocked = document;
        for (var category : document.categories()) {
            for (var item : category.items()) {
                if (item.soldOutUntil() != null && !now.isBefore(item.soldOutUntil())) {
                    restocked = restocked.mapItem(item.id(), found -> found.withAvailability(found.available(), null));
                }
            }
        }
        if (restocked.equals(document)) {
            return false;
        }
        change(restocked, now);
        return true;
    }

    /** When the next "sold out today" ends, if any item is sold out. */
    Optional<Instant> nextRestock() {
        return document.categories().stream()
                .flatMap(category -> category.items().stream())
                .map(MenuDocument.Item::soldOutUntil)
                .filter(java.util.Objects::nonNull)
                .min(Instant::compareTo);
    }

    private static MenuDocument.Item item(
            UUID id,
            ItemDetails details,
            String currency,
            MenuDocument.@Nullable Item current,
            @Nullable Instant soldOutUntil,
            Instant now) {
        if (!details.price().currency().equals(currency)) {
            throw new PriceCurrencyMismatch("price", details.price().currency(), currency);
        }
        var groups = new ArrayList<MenuDocument.OptionGroup>();
        for (var groupDetails : details.optionGroupsOrEmpty()) {
            var existingGroup = groupDetails.id() == null || current == null
                    ? Optional.<MenuDocument.OptionGroup>empty()
                    : current.optionGroups().stream()
                            .filter(group -> group.id().equals(groupDetails.id()))
                            .findFirst();
            var options = new ArrayList<MenuDocument.Option>();
            for (var optionDetails : groupDetails.options()) {
                if (!optionDetails.priceDelta().currency().equals(currency)) {
                    throw new PriceCurrencyMismatch(
                            "priceDelta of " + optionDetails.name(),
                            optionDetails.priceDelta().currency(),
                            currency);
                }
                var keepId = optionDetails.id() != null
                        && existingGroup
                                .flatMap(group -> group.option(optionDetails.id()))
                                .isPresent();
                options.add(new MenuDocument.Option(
                        keepId ? optionDetails.id() : Uuids.v7(now.toEpochMilli()),
                        optionDetails.name().strip(),
                        Money.of(optionDetails.priceDelta().amountMinor(), currency),
                        optionDetails.available() == null || optionDetails.available()));
            }
            groups.add(new MenuDocument.OptionGroup(
                    existingGroup.map(MenuDocument.OptionGroup::id).orElseGet(() -> Uuids.v7(now.toEpochMilli())),
                    groupDetails.name().strip(),
                    groupDetails.minSelections(),
                    groupDetails.maxSelections(),
                    options));
        }
        var allergens = details.allergensOrEmpty().isEmpty()
                ? EnumSet.noneOf(Allergen.class)
                : EnumSet.copyOf(details.allergensOrEmpty());
        return new MenuDocument.Item(
                id,
                details.name().strip(),
                details.description(),
                details.price().toMoney(),
                details.diet(),
                allergens,
                details.imageUrl(),
                details.available() == null || details.available(),
                soldOutUntil,
                groups);
    }

    private void requireCategory(UUID categoryId) {
        if (document.category(categoryId).isEmpty()) {
            throw new NotFoundException("No category " + categoryId + " on this menu");
        }
    }

    private MenuDocument.Item requireItem(UUID itemId) {
        return document.item(itemId).orElseThrow(() -> new NotFoundException("No item " + itemId + " on this menu"));
    }

    private void change(MenuDocument changed, Instant now) {
        document = changed;
        revision++;
        updatedAt = now;
    }

    /** The snapshot consumers (search, order) keep; availability as it is at {@code now}. */
    MenuChanged changed(String currency, Instant now) {
        return new MenuChanged(
                Uuids.v7(),
                now,
                restaurantId,
                revision,
                currency,
                document.categories().stream()
                        .map(category -> new MenuChanged.Category(
                                category.id(),
                                category.name(),
                                category.items().stream()
                                        .map(item -> snapshot(item, now))
                                        .toList()))
                        .toList());
    }

    private static MenuChanged.Item snapshot(MenuDocument.Item item, Instant now) {
        return new MenuChanged.Item(
                item.id(),
                item.name(),
                item.description(),
                item.price(),
                item.availableAt(now),
                MenuView.dietaryTags(item),
                item.imageUrl(),
                item.optionGroups().stream()
                        .map(group -> new MenuChanged.OptionGroup(
                                group.id(),
                                group.name(),
                                group.minSelections(),
                                group.maxSelections(),
                                group.options().stream()
                                        .map(option -> new MenuChanged.Option(
                                                option.id(), option.name(), option.priceDelta(), option.available()))
                                        .toList()))
                        .toList());
    }

    public UUID restaurantId() {
        return restaurantId;
    }

    public MenuDocument document() {
        return document;
    }

    public long revision() {
        return revision;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Converter
    static class DocumentColumn extends JsonColumn<MenuDocument> {
        DocumentColumn() {
            super(new TypeReference<>() {});
        }
    }
}
