package dev.platter.platform.events.order;

import dev.platter.platform.events.Money;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The price breakdown of an order, all in the restaurant's currency and never negative.
 *
 * @param itemsTotal the sum of the line totals (options included)
 * @param packagingCharge the restaurant's packaging charge
 * @param deliveryFee by distance
 * @param tax tax on the order
 * @param tip the customer's tip for the rider
 * @param discount the promotion's discount, subtracted
 * @param total items + packaging + delivery fee + tax + tip - discount: what the order costs the customer
 * @param walletAmount the part of the total paid from the customer's wallet
 * @param amountDue total - wallet amount: what the payment method is charged (card authorised, cash collected)
 * @param promoCode the promotion applied, if any
 */
public record OrderTotals(
        Money itemsTotal,
        Money packagingCharge,
        Money deliveryFee,
        Money tax,
        Money tip,
        Money discount,
        Money total,
        Money walletAmount,
        Money amountDue,
        @Nullable String promoCode) {

    public OrderTotals {
        for (Money part :
                List.of(itemsTotal, packagingCharge, deliveryFee, tax, tip, discount, total, walletAmount, amountDue)) {
            if (part.amountMinor() < 0 || !part.currency().equals(total.currency())) {
                throw new IllegalArgumentException(
                        "Every amount must be non-negative and in " + total.currency() + ", was " + part);
            }
        }
        Money expectedTotal = itemsTotal
                .plus(packagingCharge)
                .plus(deliveryFee)
                .plus(tax)
                .plus(tip)
                .minus(discount);
        if (!expectedTotal.equals(total)) {
            throw new IllegalArgumentException("Total must be " + expectedTotal + ", was " + total);
        }
        if (!total.minus(walletAmount).equals(amountDue)) {
            throw new IllegalArgumentException("Amount due must be total - wallet amount, was " + amountDue);
        }
    }
}
