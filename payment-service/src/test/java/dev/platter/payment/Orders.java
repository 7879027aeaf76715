package dev.platter.payment;

import dev.platter.platform.events.Address;
import dev.platter.platform.events.GeoPoint;
import dev.platter.platform.events.Money;
import dev.platter.platform.events.PaymentMethod;
import dev.platter.platform.events.delivery.DeliveryCompleted;
import dev.platter.platform.events.order.OrderAccepted;
import dev.platter.platform.events.order.OrderCancelled;
import dev.platter.platform.events.order.OrderDelivered;
import dev.platter.platform.events.order.OrderRejected;
import dev.platter.platform.events.restaurant.TicketRejected;
import java.time.Instant;
import java.util.UUID;

/**
 * Object mother of the orders payment-service is paid for, and of the events order-service and delivery-service
 * publish about them.
 */
public final class Orders {

    /** Spice Garden, the restaurant every test order comes from. */
    public static final UUID SPICE_GARDEN = UUID.fromString("0190a3c2-5b7e-7000-8000-5b1ce0000001");

    /** A Paneer Tikka Masala with naan and a lassi: 349.50 rupees. */
    public static final Money PANEER_TIKKA_DINNER = inr(34950);

    /** A Masala Dosa breakfast: 120 rupees. */
    public static final Money MASALA_DOSA = inr(12000);

    private static final Address SPICE_GARDEN_ADDRESS =
            new Address("12 MG Road", null, "Bengaluru", "560001", "IN", new GeoPoint(12.9756, 77.6050));
    private static final Address HOME = new Address(
            "4 Indiranagar 100ft Road", "Flat 3B", "Bengaluru", "560038", "IN", new GeoPoint(12.9719, 77.6412));

    private Orders() {}

    public static Money inr(long minor) {
        return Money.of(minor, "INR");
    }

    /** An order being paid: who, what, how. */
    public record Order(UUID orderId, UUID customerId, PaymentMethod method, Money total, Money wallet) {

        public Order withWallet(Money wallet) {
            return new Order(orderId, customerId, method, total, wallet);
        }
    }

    public static Order order(UUID customerId, PaymentMethod method, Money total) {
        return new Order(UUID.randomUUID(), customerId, method, total, Money.zero(total.currency()));
    }

    public static OrderAccepted accepted(Order order) {
        return new OrderAccepted(
                UUID.randomUUID(),
                Instant.now(),
                order.orderId(),
                3,
                order.customerId(),
                SPICE_GARDEN,
                "Spice Garden",
                SPICE_GARDEN_ADDRESS,
                "Asha Rao",
                "+919812345678",
                HOME,
                null,
                20,
                Instant.now().plusSeconds(1200),
                "4821",
                order.method(),
                order.total(),
                order.method() == PaymentMethod.CASH ? order.total().minus(order.wallet()) : Money.zero("INR"),
                2);
    }

    public static OrderRejected rejected(Order order) {
        return new OrderRejected(
                UUID.randomUUID(),
                Instant.now(),
                order.orderId(),
                3,
                order.customerId(),
                SPICE_GARDEN,
                TicketRejected.Reason.TOO_BUSY,
                "Kitchen is swamped",
                order.method(),
                order.total());
    }

    public static OrderCancelled cancelled(
            Order order, OrderCancelled.Status from, OrderCancelled.Reason reason, OrderCancelled.Refund refund) {
        return new OrderCancelled(
                UUID.randomUUID(),
                Instant.now(),
                order.orderId(),
                4,
                order.customerId(),
                SPICE_GARDEN,
                from,
                from == OrderCancelled.Status.PENDING_PAYMENT || from == OrderCancelled.Status.PLACED
                        ? OrderCancelled.CancelledBy.CUSTOMER
                        : OrderCancelled.CancelledBy.ADMIN,
                order.customerId(),
                reason,
                null,
                order.method(),
                order.total(),
                refund);
    }

    public static OrderCancelled cancelledWithFullRefund(Order order, OrderCancelled.Status from) {
        return cancelled(
                order, from, OrderCancelled.Reason.CUSTOMER_REQUEST, OrderCancelled.Refund.full(order.total()));
    }

    public static OrderDelivered delivered(Order order) {
        return new OrderDelivered(
                UUID.randomUUID(),
                Instant.now(),
                order.orderId(),
                7,
                order.customerId(),
                SPICE_GARDEN,
                UUID.randomUUID(),
                order.method(),
                order.total());
    }

    public static DeliveryCompleted deliveryCompleted(Order order, Money cashCollected) {
        return new DeliveryCompleted(
                UUID.randomUUID(),
                Instant.now(),
                order.orderId(),
                6,
                UUID.randomUUID(),
                UUID.randomUUID(),
                SPICE_GARDEN,
                order.customerId(),
                3200,
                cashCollected);
    }
}
