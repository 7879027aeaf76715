package dev.platter.order.order;

import dev.platter.platform.events.Address;
import dev.platter.platform.events.PaymentMethod;
import dev.platter.platform.events.order.LineItem;
import dev.platter.platform.events.order.OrderTotals;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Everything checkout decided about an order before it is stored: who, where from, where to, what, and the frozen
 * price breakdown. Prices come from restaurant-service's quote, never from the client.
 *
 * @param ownerId the restaurant's owner, as the quote named it
 * @param pickupAddress the restaurant's address and coordinates
 */
public record NewOrder(
        UUID orderId,
        UUID customerId,
        String customerName,
        @Nullable String customerPhone,
        UUID restaurantId,
        UUID ownerId,
        String restaurantName,
        Address pickupAddress,
        Address deliveryAddress,
        @Nullable String deliveryInstructions,
        List<LineItem> lines,
        OrderTotals totals,
        PaymentMethod paymentMethod) {

    public NewOrder {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("An order has at least one line");
        }
        lines = List.copyOf(lines);
        var itemsTotal = lines.stream()
                .map(LineItem::lineTotal)
                .reduce(dev.platter.platform.events.Money.zero(totals.total().currency()), (a, b) -> a.plus(b));
        if (!itemsTotal.equals(totals.itemsTotal())) {
            throw new IllegalArgumentException(
                    "Items total must be the sum of the lines, " + itemsTotal + ", was " + totals.itemsTotal());
        }
        if (paymentMethod == PaymentMethod.WALLET && totals.amountDue().amountMinor() != 0) {
            throw new IllegalArgumentException("A wallet order is paid wholly from the wallet");
        }
    }
}
