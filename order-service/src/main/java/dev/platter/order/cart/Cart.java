package dev.platter.order.cart;

import dev.platter.platform.events.GeoPoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A customer's cart: lines from one restaurant, without prices (those are always the restaurant's current ones). An
 * empty cart belongs to no restaurant.
 *
 * @param restaurantLocation where the restaurant is, learnt from its quote when the first line was added
 */
public record Cart(
        UUID customerId,
        @Nullable UUID restaurantId,
        @Nullable GeoPoint restaurantLocation,
        List<CartLine> lines,
        Instant updatedAt) {

    public Cart {
        lines = List.copyOf(lines);
    }

    static Cart empty(UUID customerId, Instant now) {
        return new Cart(customerId, null, null, List.of(), now);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** Whether a line of {@code otherRestaurant} would mix restaurants in this cart. */
    boolean holdsAnotherRestaurantThan(UUID otherRestaurant) {
        return !isEmpty() && !otherRestaurant.equals(restaurantId);
    }

    /** Adds a line; the same item with the same options and note adds to that line's quantity instead. */
    Cart add(UUID restaurant, GeoPoint location, CartLine line, Instant now) {
        var base = holdsAnotherRestaurantThan(restaurant) || isEmpty() ? List.<CartLine>of() : lines;
        var next = new ArrayList<CartLine>();
        boolean merged = false;
        for (var existing : base) {
            if (!merged && existing.sameChoiceAs(line)) {
                next.add(existing.withQuantity(existing.quantity() + line.quantity()));
                merged = true;
            } else {
                next.add(existing);
            }
        }
        if (!merged) {
            next.add(line);
        }
        return new Cart(customerId, restaurant, location, next, now);
    }

    Cart changeQuantity(UUID lineId, int quantity, Instant now) {
        return new Cart(
                customerId,
                restaurantId,
                restaurantLocation,
                lines.stream()
                        .map(line -> line.lineId().equals(lineId) ? line.withQuantity(quantity) : line)
                        .toList(),
                now);
    }

    Cart remove(UUID lineId, Instant now) {
        var rest = lines.stream().filter(line -> !line.lineId().equals(lineId)).toList();
        return rest.isEmpty()
                ? empty(customerId, now)
                : new Cart(customerId, restaurantId, restaurantLocation, rest, now);
    }

    boolean hasLine(UUID lineId) {
        return lines.stream().anyMatch(line -> line.lineId().equals(lineId));
    }

    /** The line of {@code lineId}; the caller checked it exists. */
    CartLine line(UUID lineId) {
        return lines.stream()
                .filter(line -> line.lineId().equals(lineId))
                .findFirst()
                .orElseThrow();
    }

    /** One line: an item, how many, the options chosen, the customer's note for the kitchen. */
    public record CartLine(UUID lineId, UUID menuItemId, int quantity, List<UUID> optionIds, @Nullable String note) {

        public CartLine {
            optionIds = List.copyOf(optionIds);
        }

        boolean sameChoiceAs(CartLine other) {
            return menuItemId.equals(other.menuItemId)
                    && optionIds.stream()
                            .sorted()
                            .toList()
                            .equals(other.optionIds.stream().sorted().toList())
                    && Objects.equals(note, other.note);
        }

        CartLine withQuantity(int newQuantity) {
            return new CartLine(lineId, menuItemId, newQuantity, optionIds, note);
        }
    }
}
