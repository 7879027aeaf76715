package dev.platter.order.order;

import dev.platter.platform.events.Money;
import dev.platter.platform.events.order.OrderCancelled;
import org.jspecify.annotations.Nullable;

/**
 * What an admin decided to give back when cancelling: everything, nothing, or an amount (minor units of the order's
 * currency). An amount equal to the total is a full refund; one above it is refused.
 */
public record RefundDecision(OrderCancelled.Refund.Type type, @Nullable Long amountMinor) {

    OrderCancelled.Refund of(Money total) {
        return switch (type) {
            case FULL -> OrderCancelled.Refund.full(total);
            case NONE -> OrderCancelled.Refund.none(total.currency());
            case PARTIAL -> {
                var amount = Money.of(amountMinor == null ? 0 : amountMinor, total.currency());
                if (amount.amountMinor() > total.amountMinor()) {
                    throw new RefundExceedsTotal(amount, total);
                }
                yield amount.equals(total) ? OrderCancelled.Refund.full(total) : OrderCancelled.Refund.partial(amount);
            }
        };
    }
}
