package dev.platter.order.checkout;

import dev.platter.order.cart.CartView;
import dev.platter.platform.events.Money;
import dev.platter.platform.events.order.OrderTotals;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the cart would cost delivered to a point, without placing anything: the lines at current prices, the full
 * breakdown, and whether it could be placed now (and if not, why).
 *
 * @param orderable whether nothing blocks placing it
 * @param blockers why it cannot be placed now: RESTAURANT_UNAVAILABLE, RESTAURANT_CLOSED, RESTAURANT_PAUSED,
 *     OUTSIDE_DELIVERY_RADIUS, BELOW_MINIMUM_ORDER, LINE_UNAVAILABLE, PROMO_INVALID, WALLET_BALANCE_TOO_LOW; empty
 *     when it can
 * @param promo how the promo code asked for fared, when one was
 * @param walletAvailable what the wallet can spend, when a wallet part was asked for
 */
public record CartQuote(
        CartView cart,
        OrderTotals totals,
        long distanceMetres,
        boolean orderable,
        List<String> blockers,
        @Nullable Promo promo,
        @Nullable Money walletAvailable) {

    /**
     * The promo code's evaluation: applied with its discount (in {@code totals}), or refused with payment-service's
     * problem kind ({@code https://platter.dev/problems/<kind>}) and words.
     */
    public record Promo(String code, boolean applied, @Nullable String problem, @Nullable String detail) {}

    static CartQuote of(
            CartView cart,
            OrderTotals totals,
            long distanceMetres,
            List<String> blockers,
            @Nullable Promo promo,
            @Nullable Money walletAvailable) {
        return new CartQuote(
                cart, totals, distanceMetres, blockers.isEmpty(), List.copyOf(blockers), promo, walletAvailable);
    }
}
