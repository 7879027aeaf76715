package dev.platter.order.order;

import dev.platter.platform.events.Address;
import dev.platter.platform.events.Money;
import dev.platter.platform.events.PaymentMethod;
import dev.platter.platform.events.order.LineItem;
import dev.platter.platform.events.order.OrderCancelled;
import dev.platter.platform.events.order.OrderTotals;
import dev.platter.platform.events.restaurant.TicketRejected;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An order as its customer, the restaurant's owner or an admin reads it. Only the customer's own view carries the
 * handoff code; for everyone else it is absent.
 *
 * @param version the order's version (grows with each change)
 */
public record OrderView(
        UUID id,
        OrderStatus status,
        UUID customerId,
        String customerName,
        UUID restaurantId,
        String restaurantName,
        List<LineItem> lines,
        OrderTotals totals,
        PaymentMethod paymentMethod,
        Address deliveryAddress,
        @Nullable String deliveryInstructions,
        @Nullable String handoffCode,
        Instant paymentExpiresAt,
        @Nullable Integer prepMinutes,
        @Nullable Instant readyAt,
        @Nullable Rider rider,
        @Nullable Instant estimatedDeliveryAt,
        @Nullable Cancellation cancellation,
        @Nullable Rejection rejection,
        List<TimelineEntry> timeline,
        Instant createdAt,
        long version) {

    /** The rider delivering it, once known. */
    public record Rider(UUID id, @Nullable String name) {}

    /** Who cancelled, why, and what goes back to the customer. */
    public record Cancellation(
            OrderCancelled.CancelledBy by,
            OrderCancelled.Reason reason,
            @Nullable String note,
            OrderCancelled.Refund.Type refundType,
            Money refund) {}

    /** Why the restaurant rejected it. */
    public record Rejection(TicketRejected.Reason reason, @Nullable String note) {}

    /** The customer's own view, with the handoff code. */
    public static OrderView forCustomer(Order order) {
        return of(order, order.handoffCode());
    }

    /** The owner's or an admin's view: no handoff code. */
    static OrderView forStaff(Order order) {
        return of(order, null);
    }

    private static OrderView of(Order order, @Nullable String handoffCode) {
        var riderId = order.riderId();
        var cancelledBy = order.cancelledBy();
        var rejectReason = order.rejectReason();
        return new OrderView(
                order.id(),
                order.status(),
                order.customerId(),
                order.customerName(),
                order.restaurantId(),
                order.restaurantName(),
                order.lines(),
                order.totals(),
                order.paymentMethod(),
                order.deliveryAddress(),
                order.deliveryInstructions(),
                handoffCode,
                order.paymentExpiresAt(),
                order.prepMinutes(),
                order.readyAt(),
                riderId == null ? null : new Rider(riderId, order.riderName()),
                order.estimatedDeliveryAt(),
                cancelledBy == null
                        ? null
                        : new Cancellation(
                                cancelledBy,
                                java.util.Objects.requireNonNull(order.cancelReason()),
                                order.cancelNote(),
                                java.util.Objects.requireNonNull(order.refundType()),
                                java.util.Objects.requireNonNull(order.refund())),
                rejectReason == null ? null : new Rejection(rejectReason, order.rejectNote()),
                order.timeline(),
                order.createdAt(),
                order.revision());
    }
}
