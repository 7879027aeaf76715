package dev.platter.order.order;

import dev.platter.platform.events.Address;
import dev.platter.platform.events.GeoPoint;
import dev.platter.platform.events.Money;
import dev.platter.platform.events.PaymentMethod;
import dev.platter.platform.events.delivery.DeliveryCompleted;
import dev.platter.platform.events.delivery.DeliveryPickedUp;
import dev.platter.platform.events.delivery.RiderAssigned;
import dev.platter.platform.events.order.LineItem;
import dev.platter.platform.events.order.OrderCancelled;
import dev.platter.platform.events.order.OrderTotals;
import dev.platter.platform.events.payment.PaymentAuthorized;
import dev.platter.platform.events.payment.PaymentFailed;
import dev.platter.platform.events.restaurant.PreparationStarted;
import dev.platter.platform.events.restaurant.TicketAccepted;
import dev.platter.platform.events.restaurant.TicketReady;
import dev.platter.platform.events.restaurant.TicketRejected;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Orders in every status, reached by walking the real transitions, and the events other services send about them:
 * Asha's two Margheritas (Large, one with olives) from Spice Garden, delivered to Residency Road.
 */
public final class OrderMother {

    public static final Instant NOW = Instant.parse("2026-12-02T13:00:00Z");
    public static final UUID RIDER = UUID.fromString("0193a5f0-0000-7000-8000-00000000aaaa");

    /** Spice Garden's kitchen on MG Road, Bengaluru. */
    public static final Address SPICE_GARDEN =
            new Address("12 MG Road", null, "Bengaluru", "560001", "IN", new GeoPoint(12.9716, 77.5946));

    public static final Address RESIDENCY_ROAD =
            new Address("4 Residency Road", "Flat 2B", "Bengaluru", "560025", "IN", new GeoPoint(12.9667, 77.6050));

    private OrderMother() {}

    public static Money inr(long minor) {
        return Money.of(minor, "INR");
    }

    /** Margherita Large (₹349 + ₹160) twice, and one with olives (+₹40): ₹1,058 of items. */
    public static List<LineItem> margheritas() {
        var large = new LineItem.Option(UUID.randomUUID(), "Size", "Large", inr(16000));
        var olives = new LineItem.Option(UUID.randomUUID(), "Extra toppings", "Olives", inr(4000));
        var item = UUID.randomUUID();
        return List.of(
                new LineItem(item, "Margherita", 1, inr(34900), List.of(large), inr(50900), "well done"),
                new LineItem(item, "Margherita", 1, inr(34900), List.of(large, olives), inr(54900), null));
    }

    /** Items ₹1,058 + packaging ₹20 + delivery ₹30 + tax ₹52.90 + tip ₹20 = ₹1,180.90, all due on the card. */
    public static OrderTotals totals() {
        return new OrderTotals(
                inr(105800),
                inr(2000),
                inr(3000),
                inr(5290),
                inr(2000),
                inr(0),
                inr(118090),
                inr(0),
                inr(118090),
                null);
    }

    public static NewOrder newOrder(UUID customerId, UUID restaurantId, PaymentMethod method) {
        return new NewOrder(
                UUID.randomUUID(),
                customerId,
                "Asha Rao",
                "+919812345678",
                restaurantId,
                UUID.randomUUID(),
                "Spice Garden",
                SPICE_GARDEN,
                RESIDENCY_ROAD,
                "Ring twice",
                margheritas(),
                totals(),
                method);
    }

    public static NewOrder newOrder() {
        return newOrder(UUID.randomUUID(), UUID.randomUUID(), PaymentMethod.CARD);
    }

    public static Order pendingOrder() {
        return Order.create(newOrder(), null, NOW.plus(Duration.ofMinutes(15)), NOW);
    }

    /** An order walked to {@code status} through the transitions that lead there. */
    public static Order inStatus(OrderStatus status) {
        var order = pendingOrder();
        switch (status) {
            case PENDING_PAYMENT -> {}
            case CANCELLED -> order.cancelByCustomer(order.customerId(), "changed my mind", NOW);
            default -> {
                order.paymentAuthorized("4821", NOW);
                walk(order, status);
            }
        }
        return order;
    }

    private static void walk(Order order, OrderStatus status) {
        switch (status) {
            case PLACED -> {}
            case REJECTED -> order.rejected(ticketRejected(order), NOW);
            case ACCEPTED -> order.accepted(ticketAccepted(order), NOW);
            case PREPARING -> {
                order.accepted(ticketAccepted(order), NOW);
                order.preparationStarted(preparationStarted(order), NOW);
            }
            case READY_FOR_PICKUP -> {
                order.accepted(ticketAccepted(order), NOW);
                order.ready(ticketReady(order), NOW);
            }
            case PICKED_UP -> {
                order.accepted(ticketAccepted(order), NOW);
                order.ready(ticketReady(order), NOW);
                order.pickedUp(deliveryPickedUp(order), NOW);
            }
            case DELIVERED -> {
                order.accepted(ticketAccepted(order), NOW);
                order.ready(ticketReady(order), NOW);
                order.pickedUp(deliveryPickedUp(order), NOW);
                order.delivered(deliveryCompleted(order), NOW);
            }
            default -> throw new IllegalArgumentException(status.name());
        }
        if (order.status() != status) {
            throw new IllegalStateException("Walked to " + order.status() + ", not " + status);
        }
    }

    public static PaymentAuthorized paymentAuthorized(Order order) {
        return paymentAuthorized(order.id(), order.customerId(), order.paymentMethod(), order.totals());
    }

    public static PaymentAuthorized paymentAuthorized(
            UUID orderId, UUID customerId, PaymentMethod method, OrderTotals totals) {
        return new PaymentAuthorized(
                UUID.randomUUID(),
                Instant.now(),
                orderId,
                1,
                UUID.randomUUID(),
                customerId,
                method,
                totals.total(),
                totals.walletAmount());
    }

    public static PaymentFailed paymentFailed(Order order) {
        return new PaymentFailed(
                UUID.randomUUID(),
                Instant.now(),
                order.id(),
                1,
                UUID.randomUUID(),
                order.customerId(),
                order.paymentMethod(),
                order.totals().amountDue(),
                PaymentFailed.Reason.CARD_DECLINED,
                "insufficient_funds");
    }

    public static TicketAccepted ticketAccepted(Order order) {
        return ticketAccepted(order.id(), order.restaurantId());
    }

    public static TicketAccepted ticketAccepted(UUID orderId, UUID restaurantId) {
        return new TicketAccepted(
                UUID.randomUUID(),
                Instant.now(),
                orderId,
                2,
                UUID.randomUUID(),
                restaurantId,
                15,
                Instant.now().plus(Duration.ofMinutes(15)),
                false);
    }

    public static TicketRejected ticketRejected(Order order) {
        return ticketRejected(order.id(), order.restaurantId(), TicketRejected.Reason.TOO_BUSY);
    }

    public static TicketRejected ticketRejected(UUID orderId, UUID restaurantId, TicketRejected.Reason reason) {
        return new TicketRejected(
                UUID.randomUUID(), Instant.now(), orderId, 2, UUID.randomUUID(), restaurantId, reason, "Kitchen full");
    }

    public static PreparationStarted preparationStarted(Order order) {
        return preparationStarted(order.id(), order.restaurantId());
    }

    public static PreparationStarted preparationStarted(UUID orderId, UUID restaurantId) {
        return new PreparationStarted(
                UUID.randomUUID(),
                Instant.now(),
                orderId,
                3,
                UUID.randomUUID(),
                restaurantId,
                Instant.now().plus(Duration.ofMinutes(12)));
    }

    public static TicketReady ticketReady(Order order) {
        return ticketReady(order.id(), order.restaurantId());
    }

    public static TicketReady ticketReady(UUID orderId, UUID restaurantId) {
        return new TicketReady(UUID.randomUUID(), Instant.now(), orderId, 4, UUID.randomUUID(), restaurantId);
    }

    public static RiderAssigned riderAssigned(Order order) {
        return riderAssigned(order.id(), order.restaurantId(), order.customerId(), RIDER);
    }

    public static RiderAssigned riderAssigned(UUID orderId, UUID restaurantId, UUID customerId, UUID riderId) {
        return new RiderAssigned(
                UUID.randomUUID(),
                Instant.now(),
                orderId,
                3,
                UUID.randomUUID(),
                riderId,
                "Ravi Kumar",
                restaurantId,
                customerId,
                Instant.now().plus(Duration.ofMinutes(10)),
                Instant.now().plus(Duration.ofMinutes(35)));
    }

    public static DeliveryPickedUp deliveryPickedUp(Order order) {
        return deliveryPickedUp(order.id(), order.restaurantId(), order.customerId(), RIDER);
    }

    public static DeliveryPickedUp deliveryPickedUp(UUID orderId, UUID restaurantId, UUID customerId, UUID riderId) {
        return new DeliveryPickedUp(
                UUID.randomUUID(),
                Instant.now(),
                orderId,
                5,
                UUID.randomUUID(),
                riderId,
                restaurantId,
                customerId,
                Instant.now().plus(Duration.ofMinutes(20)));
    }

    public static DeliveryCompleted deliveryCompleted(Order order) {
        return deliveryCompleted(order.id(), order.restaurantId(), order.customerId(), RIDER);
    }

    public static DeliveryCompleted deliveryCompleted(UUID orderId, UUID restaurantId, UUID customerId, UUID riderId) {
        return new DeliveryCompleted(
                UUID.randomUUID(),
                Instant.now(),
                orderId,
                6,
                UUID.randomUUID(),
                riderId,
                restaurantId,
                customerId,
                2400,
                inr(0));
    }

    public static OrderCancelled.Refund fullRefund() {
        return OrderCancelled.Refund.full(totals().total());
    }
}
