package dev.platter.order.checkout;

import dev.platter.order.cart.CartService;
import dev.platter.order.cart.CartView;
import dev.platter.order.restaurant.Quote;
import dev.platter.order.restaurant.RestaurantClient;
import dev.platter.platform.events.GeoPoint;
import dev.platter.platform.events.Money;
import dev.platter.platform.events.PaymentMethod;
import dev.platter.platform.web.ids.Uuids;
import dev.platter.platform.web.problem.PlatterException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Prices the customer's cart for a drop-off point through restaurant-service's quote; client prices never count. */
@Service
class CartQuotes {

    private final CartService carts;
    private final RestaurantClient restaurants;
    private final PaymentClient payments;
    private final Pricing pricing;

    CartQuotes(CartService carts, RestaurantClient restaurants, PaymentClient payments, Pricing pricing) {
        this.carts = carts;
        this.restaurants = restaurants;
        this.payments = payments;
        this.pricing = pricing;
    }

    /**
     * What the quote is for beyond the cart, as checkout would take it: the tip, the promo code, and how it would be
     * paid ({@code walletAmountMinor}: the wallet part of a CARD or CASH order; a WALLET order is paid wholly).
     */
    record Options(
            long tipMinor, @Nullable String promoCode, @Nullable PaymentMethod paymentMethod, long walletAmountMinor) {}

    CartQuote quote(UUID customerId, GeoPoint dropOff, Options options) {
        var cart = carts.cart(customerId);
        if (cart.isEmpty()) {
            throw new CartEmpty();
        }
        var restaurantId = Objects.requireNonNull(cart.restaurantId());
        var quote = restaurants.quote(
                restaurantId,
                cart.lines().stream()
                        .map(line -> new Quote.Line(line.menuItemId(), line.quantity(), line.optionIds()))
                        .toList(),
                dropOff);
        var facts = quote.restaurant();
        var currency = quote.currency();
        var blockers = blockers(quote);

        var discount = Money.zero(currency);
        CartQuote.Promo promo = null;
        String appliedCode = null;
        if (options.promoCode() != null) {
            try {
                // evaluation has no side effect: a fresh id stands for the order that is not placed yet
                var evaluation = payments.evaluate(new PaymentClient.EvaluateRequest(
                        options.promoCode(), customerId, restaurantId, quote.itemsTotal(), Uuids.v7()));
                discount = evaluation.discount();
                appliedCode = evaluation.code();
                promo = new CartQuote.Promo(evaluation.code(), true, null, null);
            } catch (PaymentRefused refused) {
                promo = new CartQuote.Promo(options.promoCode(), false, refused.kind(), refused.getMessage());
                blockers.add("PROMO_INVALID");
            }
        }

        var wanted = options.paymentMethod() == PaymentMethod.WALLET ? Long.MAX_VALUE : options.walletAmountMinor();
        Money walletAvailable = null;
        var walletUsable = Money.zero(currency);
        if (wanted > 0) {
            walletAvailable = payments.wallet(customerId, currency).available();
            walletUsable = Money.of(Math.min(wanted, walletAvailable.amountMinor()), currency);
        }
        var tip = Money.of(options.tipMinor(), currency);
        var totals = pricing.breakdown(
                quote.itemsTotal(),
                facts.packagingCharge(),
                facts.distanceMetres(),
                tip,
                discount,
                walletUsable,
                appliedCode);
        if (walletAvailable != null) {
            // checkout would ask payment-service to reserve what the order needs of the wallet, up to the total
            var needed = Math.min(wanted, totals.total().amountMinor());
            if (needed > walletAvailable.amountMinor()) {
                blockers.add("WALLET_BALANCE_TOO_LOW");
            }
        }
        return CartQuote.of(CartView.of(cart, quote), totals, facts.distanceMetres(), blockers, promo, walletAvailable);
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
