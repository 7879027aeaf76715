package dev.platter.order.checkout;

import dev.platter.order.cart.CartService;
import dev.platter.order.cart.CartView;
import dev.platter.order.restaurant.Quote;
import dev.platter.order.restaurant.RestaurantClient;
import dev.platter.platform.events.GeoPoint;
import dev.platter.platform.events.Money;
import dev.platter.platform.web.problem.PlatterException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Prices the customer's cart for a drop-off point through restaurant-service's quote; client prices never count. */
@Service
class CartQuotes {

    private final CartService carts;
    private final RestaurantClient restaurants;
    private final Pricing pricing;

    CartQuotes(CartService carts, RestaurantClient restaurants, Pricing pricing) {
        this.carts = carts;
        this.restaurants = restaurants;
        this.pricing = pricing;
    }

    CartQuote quote(UUID customerId, GeoPoint dropOff, long tipMinor) {
        var cart = carts.cart(customerId);
        if (cart.isEmpty()) {
            throw new CartEmpty();
        }
        var quote = restaurants.quote(
                Objects.requireNonNull(cart.restaurantId()),
                cart.lines().stream()
                        .map(line -> new Quote.Line(line.menuItemId(), line.quantity(), line.optionIds()))
                        .toList(),
                dropOff);
        var facts = quote.restaurant();
        var currency = quote.currency();
        var totals = pricing.breakdown(
                quote.itemsTotal(),
                facts.packagingCharge(),
                facts.distanceMetres(),
                Money.of(tipMinor, currency),
                Money.zero(currency),
                Money.zero(currency),
                null);
        return CartQuote.of(CartView.of(cart, quote), totals, facts.distanceMetres(), blockers(quote));
    }

    /** Why the quoted cart cannot be placed now, in the order a customer would fix them. */
    static List<String> blockers(Quote quote) {
        var facts = quote.restaurant();
        var blockers = new ArrayList<String>();
        if (!facts.published()) {
            blockers.add("RESTAURANT_UNAVAILABLE");
        }
        if (!facts.openNow()) {
            blockers.add("RESTAURANT_CLOSED");
        }
        if (facts.paused()) {
            blockers.add("RESTAURANT_PAUSED");
        }
        if (!facts.withinRadius()) {
            blockers.add("OUTSIDE_DELIVERY_RADIUS");
        }
        if (!quote.allAvailable()) {
            blockers.add("LINE_UNAVAILABLE");
        }
        if (!facts.minimumOrderMet()) {
            blockers.add("BELOW_MINIMUM_ORDER");
        }
        return blockers;
    }

    /** Nothing to price. */
    static class CartEmpty extends PlatterException {

        CartEmpty() {
            super("Your cart is empty");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.UNPROCESSABLE_CONTENT;
        }

        @Override
        public String kind() {
            return "cart-empty";
        }

        @Override
        public String title() {
            return "The cart is empty";
        }
    }
}
