package dev.platter.order.order;

import dev.platter.platform.events.Address;
import dev.platter.platform.events.Money;
import dev.platter.platform.events.PaymentMethod;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An order as the rider delivering it sees it: where to pick up, where to drop off, what to carry and collect. Never
 * the handoff code (the customer tells it at the door), no prices beyond the cash to collect.
 */
public record RiderOrderView(
        UUID id,
        OrderStatus status,
        String restaurantName,
        Address pickupAddress,
        String customerName,
        @Nullable String customerPhone,
        Address deliveryAddress,
        @Nullable String deliveryInstructions,
        List<Item> items,
        PaymentMethod paymentMethod,
        Money cashToCollect,
        @Nullable Instant readyAt,
        @Nullable Instant estimatedDeliveryAt) {

    /** What to carry: a name and how many. */
    public record Item(String name, int quantity) {}

    static RiderOrderView of(Order order) {
        return new RiderOrderView(
                order.id(),
                order.status(),
                order.restaurantName(),
                order.pickupAddress(),
                order.customerName(),
                order.customerPhone(),
                order.deliveryAddress(),
                order.deliveryInstructions(),
                order.lines().stream()
                        .map(line -> new Item(line.name(), line.quantity()))
                        .toList(),
                order.paymentMethod(),
                order.paymentMethod() == PaymentMethod.CASH ? order.totals().amountDue() : Money.zero(order.currency()),
                order.readyAt(),
                order.estimatedDeliveryAt());
    }
}
