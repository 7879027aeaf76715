package dev.platter.delivery.dispatch;

import dev.platter.platform.events.Address;
import dev.platter.platform.events.GeoPoint;
import dev.platter.platform.events.Money;
import dev.platter.platform.events.PaymentMethod;
import dev.platter.platform.events.order.OrderAccepted;
import dev.platter.platform.events.order.OrderCancelled;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The order events delivery-service reacts to, for Asha's Margheritas from Spice Garden: accepted (with the pickup,
 * the drop-off, the ready time and the handoff code), and cancelled by an admin.
 */
public final class DeliveryMother {

    public static final String HANDOFF_CODE = "4821";
    public static final String SPICE_GARDEN = "Spice Garden";

    private DeliveryMother() {}

    public static Money inr(long minor) {
        return Money.of(minor, "INR");
    }

    public static Address address(String line1, GeoPoint where) {
        return new Address(line1, null, "Bengaluru", "560001", "IN", where);
    }

    /** An order of {@code restaurantId} at {@code pickup}, to {@code dropOff}, ready in {@code readyIn}. */
    public static OrderAccepted orderAccepted(
            UUID orderId, UUID restaurantId, GeoPoint pickup, GeoPoint dropOff, Duration readyIn) {
        return new OrderAccepted(
                UUID.randomUUID(),
                Instant.now(),
                orderId,
                3,
                UUID.randomUUID(),
                restaurantId,
                SPICE_GARDEN,
                address("12 MG Road", pickup),
                "Asha Rao",
                "+919812345678",
                address("4 Residency Road", dropOff),
                "Ring twice",
                15,
                Instant.now().plus(readyIn),
                HANDOFF_CODE,
                PaymentMethod.CASH,
                inr(118090),
                inr(118090),
                2);
    }

    public static OrderAccepted orderAccepted(UUID customerId, UUID restaurantId, GeoPoint pickup, GeoPoint dropOff) {
        var accepted = orderAccepted(UUID.randomUUID(), restaurantId, pickup, dropOff, Duration.ofMinutes(10));
        return new OrderAccepted(
                accepted.eventId(),
                accepted.occurredAt(),
                accepted.orderId(),
                accepted.version(),
                customerId,
                accepted.restaurantId(),
                accepted.restaurantName(),
                accepted.pickupAddress(),
                accepted.customerName(),
                accepted.customerPhone(),
                accepted.deliveryAddress(),
                accepted.deliveryInstructions(),
                accepted.prepMinutes(),
                accepted.readyAt(),
                accepted.handoffCode(),
                accepted.paymentMethod(),
                accepted.total(),
                accepted.cashToCollect(),
                accepted.itemCount());
    }

    public static OrderCancelled adminCancelled(OrderAccepted order) {
        return new OrderCancelled(
                UUID.randomUUID(),
                Instant.now(),
                order.orderId(),
                order.version() + 1,
                order.customerId(),
                order.restaurantId(),
                OrderCancelled.Status.ACCEPTED,
                OrderCancelled.CancelledBy.ADMIN,
                UUID.randomUUID(),
                OrderCancelled.Reason.RESTAURANT_ISSUE,
                "Oven broke down",
                order.paymentMethod(),
                order.total(),
                OrderCancelled.Refund.full(order.total()));
    }
}
