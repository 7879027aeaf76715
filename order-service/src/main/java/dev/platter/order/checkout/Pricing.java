package dev.platter.order.checkout;

import dev.platter.platform.events.Money;
import dev.platter.platform.events.order.OrderTotals;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The price breakdown of an order: items (with options) and packaging as the restaurant quoted them, the delivery fee
 * by distance, tax, the tip, the promotion's discount and the wallet part. Integer minor units throughout.
 */
@Component
class Pricing {

    private final PricingProperties properties;

    Pricing(PricingProperties properties) {
        this.properties = properties;
    }

    /** Base fee up to the base distance, then the per-km fee for every started kilometre beyond it. */
    Money deliveryFee(long distanceMetres, String currency) {
        long beyond = Math.max(0, distanceMetres - properties.baseDistanceMetres());
        long startedKm = (beyond + 999) / 1000;
        return Money.of(
                Math.addExact(
                        properties.baseDeliveryFeeMinor(), Math.multiplyExact(startedKm, properties.perKmFeeMinor())),
                currency);
    }

    /** Tax on items and packaging, rounded half up to the minor unit. */
    Money tax(Money itemsTotal, Money packaging) {
        long taxable = itemsTotal.plus(packaging).amountMinor();
        return Money.of(
                Math.floorDiv(
                        Math.addExact(Math.multiplyExact(taxable, (long) properties.taxBasisPoints()), 5_000L),
                        10_000L),
                itemsTotal.currency());
    }

    /**
     * The breakdown. The discount never exceeds the items total; the wallet pays at most {@code walletAvailable} and
     * at most the total, and the rest is due from the payment method.
     */
    OrderTotals breakdown(
            Money itemsTotal,
            Money packaging,
            long distanceMetres,
            Money tip,
            Money discount,
            Money walletAvailable,
            @Nullable String promoCode) {
        var currency = itemsTotal.currency();
        var fee = deliveryFee(distanceMetres, currency);
        var tax = tax(itemsTotal, packaging);
        var cappedDiscount = discount.amountMinor() > itemsTotal.amountMinor() ? itemsTotal : discount;
        var total = itemsTotal.plus(packaging).plus(fee).plus(tax).plus(tip).minus(cappedDiscount);
        var wallet = Money.of(Math.max(0, Math.min(walletAvailable.amountMinor(), total.amountMinor())), currency);
        return new OrderTotals(
                itemsTotal,
                packaging,
                fee,
                tax,
                tip,
                cappedDiscount,
                total,
                wallet,
                total.minus(wallet),
                cappedDiscount.amountMinor() > 0 ? promoCode : null);
    }
}
