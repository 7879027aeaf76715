package dev.platter.order.checkout;

import dev.platter.order.cart.CartView;
import dev.platter.platform.events.order.OrderTotals;
import java.util.List;

/**
 * What the cart would cost delivered to a point, without placing anything: the lines at current prices, the full
 * breakdown, and whether it could be placed now (and if not, why).
 *
 * @param orderable whether nothing blocks placing it
 * @param blockers why it cannot be placed now: RESTAURANT_UNAVAILABLE, RESTAURANT_CLOSED, RESTAURANT_PAUSED,
 *     OUTSIDE_DELIVERY_RADIUS, BELOW_MINIMUM_ORDER, LINE_UNAVAILABLE; empty when it can
 */
public record CartQuote(
        CartView cart, OrderTotals totals, long distanceMetres, boolean orderable, List<String> blockers) {

    static CartQuote of(CartView cart, OrderTotals totals, long distanceMetres, List<String> blockers) {
        return new CartQuote(cart, totals, distanceMetres, blockers.isEmpty(), List.copyOf(blockers));
    }
}
