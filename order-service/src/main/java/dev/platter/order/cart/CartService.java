package dev.platter.order.cart;

import dev.platter.order.restaurant.Quote;
import dev.platter.order.restaurant.RestaurantClient;
import dev.platter.platform.events.GeoPoint;
import dev.platter.platform.web.ids.Uuids;
import dev.platter.platform.web.problem.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Cart commands and reads. Every answer is priced by restaurant-service's quote at that moment (never by the client,
 * never from a stored price); a line is only added if it can be ordered as chosen.
 */
@Service
public class CartService {

    /** Where prices are asked for before the cart knows its restaurant's position (distance is then ignored). */
    private static final GeoPoint NOWHERE = new GeoPoint(0, 0);

    private static final int ATTEMPTS = 5;

    private final CartRepository carts;
    private final RestaurantClient restaurants;
    private final CartProperties properties;
    private final Clock clock;

    CartService(CartRepository carts, RestaurantClient restaurants, CartProperties properties, Clock clock) {
        this.carts = carts;
        this.restaurants = restaurants;
        this.properties = properties;
        this.clock = clock;
    }

    /** What to add: an item of a restaurant, how many, the options chosen, a note. */
    record NewLine(UUID restaurantId, UUID menuItemId, int quantity, List<UUID> optionIds, @Nullable String note) {}

    /** The customer's cart, as stored (possibly empty). */
    public Cart cart(UUID customerId) {
        return carts.find(customerId)
                .map(CartRepository.Stored::cart)
                .orElseGet(() -> Cart.empty(customerId, clock.instant()));
    }

    CartView view(UUID customerId) {
        return priced(cart(customerId));
    }

    CartView add(UUID customerId, NewLine line, boolean replaceCart) {
        var added = new Cart.CartLine(Uuids.v7(), line.menuItemId(), line.quantity(), line.optionIds(), line.note());
        return change(
                customerId,
                cart -> {
                    if (cart.holdsAnotherRestaurantThan(line.restaurantId()) && !replaceCart) {
                        throw new CartProblems.CartHoldsAnotherRestaurant();
                    }
                    var known = line.restaurantId().equals(cart.restaurantId()) ? cart.restaurantLocation() : null;
                    var next = cart.add(line.restaurantId(), known == null ? NOWHERE : known, added, clock.instant());
                    if (next.lines().size() > properties.maxLines()) {
                        throw new CartProblems.CartFull(properties.maxLines());
                    }
                    return next;
                },
                (next, quote) -> {
                    for (int i = 0; i < next.lines().size(); i++) {
                        var cartLine = next.lines().get(i);
                        var priced = quote.lines().get(i);
                        if (cartLine.sameChoiceAs(added) && !priced.available() && priced.unavailable() != null) {
                            throw new CartProblems.LineNotOrderable(
                                    priced.unavailable().reason(),
                                    priced.unavailable().detail());
                        }
                    }
                    var location = quote.restaurant().address().location();
                    return new Cart(next.customerId(), next.restaurantId(), location, next.lines(), next.updatedAt());
                });
    }

    CartView changeQuantity(UUID customerId, UUID lineId, int quantity) {
        return change(customerId, cart -> cart.changeQuantity(existing(cart, lineId), quantity, clock.instant()), null);
    }

    CartView remove(UUID customerId, UUID lineId) {
        return change(customerId, cart -> cart.remove(existing(cart, lineId), clock.instant()), null);
    }

    /** Puts {@code lines} of a restaurant in the cart instead of whatever was there (reorder). */
    public CartView replaceWith(UUID customerId, UUID restaurantId, List<Cart.CartLine> lines) {
        return change(
                customerId,
                cart -> new Cart(customerId, restaurantId, null, lines, clock.instant()),
                (next, quote) -> new Cart(
                        next.customerId(),
                        next.restaurantId(),
                        quote.restaurant().address().location(),
                        next.lines(),
                        next.updatedAt()));
    }

    public void clear(UUID customerId) {
        change(customerId, cart -> Cart.empty(customerId, clock.instant()), null);
    }

    private static UUID existing(Cart cart, UUID lineId) {
        if (!cart.hasLine(lineId)) {
            throw new NotFoundException("No line " + lineId + " in your cart");
        }
        return lineId;
    }

    /** Checks the priced new cart before it is stored, and may complete it from the quote. */
    private interface QuoteCheck {
        Cart check(Cart next, Quote quote);
    }

    /** Read, change, price, compare-and-set; again from the top if another change came first. */
    private CartView change(UUID customerId, UnaryOperator<Cart> change, @Nullable QuoteCheck check) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            var stored = carts.find(customerId);
            var current =
                    stored.map(CartRepository.Stored::cart).orElseGet(() -> Cart.empty(customerId, clock.instant()));
            var next = change.apply(current);
            Quote quote = next.isEmpty() ? null : quote(next);
            if (quote != null && check != null) {
                next = check.check(next, quote);
            }
            if (carts.replace(
                    customerId, stored.map(CartRepository.Stored::value).orElse(""), next)) {
                return quote == null ? CartView.empty(next) : CartView.of(next, quote);
            }
        }
        throw new CartProblems.CartChangedConcurrently();
    }

    private CartView priced(Cart cart) {
        return cart.isEmpty() ? CartView.empty(cart) : CartView.of(cart, quote(cart));
    }

    private Quote quote(Cart cart) {
        var restaurantId = java.util.Objects.requireNonNull(cart.restaurantId());
        var location = cart.restaurantLocation();
        return restaurants.quote(
                restaurantId,
                cart.lines().stream()
                        .map(line -> new Quote.Line(line.menuItemId(), line.quantity(), line.optionIds()))
                        .toList(),
                location == null ? NOWHERE : location);
    }
}
