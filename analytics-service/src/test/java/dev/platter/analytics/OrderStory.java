package dev.platter.analytics;

import dev.platter.platform.events.Address;
import dev.platter.platform.events.GeoPoint;
import dev.platter.platform.events.Money;
import dev.platter.platform.events.PaymentMethod;
import dev.platter.platform.events.PlatterEvent;
import dev.platter.platform.events.delivery.DeliveryCompleted;
import dev.platter.platform.events.delivery.DeliveryPickedUp;
import dev.platter.platform.events.delivery.DeliveryRequested;
import dev.platter.platform.events.delivery.RiderAssigned;
import dev.platter.platform.events.delivery.RiderWentOffline;
import dev.platter.platform.events.delivery.RiderWentOnline;
import dev.platter.platform.events.order.LineItem;
import dev.platter.platform.events.order.OrderAccepted;
import dev.platter.platform.events.order.OrderCancelled;
import dev.platter.platform.events.order.OrderCreated;
import dev.platter.platform.events.order.OrderDelivered;
import dev.platter.platform.events.order.OrderPlaced;
import dev.platter.platform.events.order.OrderRejected;
import dev.platter.platform.events.order.OrderTotals;
import dev.platter.platform.events.payment.PaymentAuthorized;
import dev.platter.platform.events.payment.PaymentFailed;
import dev.platter.platform.events.restaurant.RestaurantUpserted;
import dev.platter.platform.events.restaurant.TicketAccepted;
import dev.platter.platform.events.restaurant.TicketReady;
import dev.platter.platform.events.restaurant.TicketRejected;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The events of one order's life, step by step as its producers would publish them (order, kitchen, payment and
 * delivery events with their own versions). An object mother for feeding analytics known sequences.
 */
public final class OrderStory {

    private static final GeoPoint KORAMANGALA = new GeoPoint(12.9352, 77.6245);
    private static final GeoPoint INDIRANAGAR = new GeoPoint(12.9784, 77.6408);

    private final UUID orderId = UUID.randomUUID();
    private final UUID customerId = UUID.randomUUID();
    private final UUID ticketId = UUID.randomUUID();
    private final UUID paymentId = UUID.randomUUID();
    private final UUID deliveryId = UUID.randomUUID();
    private final UUID restaurantId;
    private final String city;
    private final OrderTotals totals;
    private final List<PlatterEvent> events = new ArrayList<>();
    private long orderVersion;
    private long ticketVersion;
    private long paymentVersion;
    private long deliveryVersion;

    /** An order of Butter Chicken worth {@code totalMinor} paise after a promotion of {@code discountMinor}. */
    public OrderStory(UUID restaurantId, String city, long totalMinor, long discountMinor) {
        this.restaurantId = restaurantId;
        this.city = city;
        var items = inr(totalMinor + discountMinor);
        this.totals = new OrderTotals(
                items,
                inr(0),
                inr(0),
                inr(0),
                inr(0),
                inr(discountMinor),
                inr(totalMinor),
                inr(0),
                inr(totalMinor),
                discountMinor > 0 ? "FEAST50" : null);
    }

    public static Money inr(long minor) {
        return Money.of(minor, "INR");
    }

    public UUID orderId() {
        return orderId;
    }

    public List<PlatterEvent> events() {
        return List.copyOf(events);
    }

    private Address dropOff() {
        return new Address("12 80 Feet Road", null, city, "560034", "IN", KORAMANGALA);
    }

    private List<LineItem> lines() {
        var total = totals.itemsTotal();
        return List.of(new LineItem(UUID.randomUUID(), "Butter Chicken", 1, total, List.of(), total, null));
    }

    public OrderStory created(Instant at) {
        events.add(new OrderCreated(
                UUID.randomUUID(),
                at,
                orderId,
                ++orderVersion,
                customerId,
                restaurantId,
                "Asha Rao",
                lines(),
                totals,
                PaymentMethod.CARD,
                dropOff(),
                null,
                at.plusSeconds(900)));
        return this;
    }

    public OrderStory paid(Instant at) {
        events.add(new PaymentAuthorized(
                UUID.randomUUID(),
                at,
                orderId,
                ++paymentVersion,
                paymentId,
                customerId,
                PaymentMethod.CARD,
                totals.total(),
                inr(0)));
        return this;
    }

    public OrderStory paymentFailed(Instant at) {
        events.add(new PaymentFailed(
                UUID.randomUUID(),
                at,
                orderId,
                ++paymentVersion,
                paymentId,
                customerId,
                PaymentMethod.CARD,
                totals.total(),
                PaymentFailed.Reason.CARD_DECLINED,
                "insufficient_funds"));
        return this;
    }

    public OrderStory placed(Instant at) {
        events.add(new OrderPlaced(
                UUID.randomUUID(),
                at,
                orderId,
                ++orderVersion,
                customerId,
                restaurantId,
                "Asha Rao",
                lines(),
                totals,
                PaymentMethod.CARD,
                dropOff(),
                null));
        return this;
    }

    /** The kitchen accepts (promising {@code prepMinutes}) and the order follows. */
    public OrderStory accepted(Instant at, int prepMinutes) {
        var readyAt = at.plusSeconds(prepMinutes * 60L);
        events.add(new TicketAccepted(
                UUID.randomUUID(), at, orderId, ++ticketVersion, ticketId, restaurantId, prepMinutes, readyAt, false));
        events.add(new OrderAccepted(
                UUID.randomUUID(),
                at.plusMillis(200),
                orderId,
                ++orderVersion,
                customerId,
                restaurantId,
                "Spice Garden",
                new Address("1 CMH Road", null, city, "560038", "IN", INDIRANAGAR),
                "Asha Rao",
                null,
                dropOff(),
                null,
                prepMinutes,
                readyAt,
                "4821",
                PaymentMethod.CARD,
                totals.total(),
                inr(0),
                1));
        return this;
    }

    public OrderStory ready(Instant at) {
        events.add(new TicketReady(UUID.randomUUID(), at, orderId, ++ticketVersion, ticketId, restaurantId));
        return this;
    }

    public OrderStory rejected(Instant at) {
        events.add(new TicketRejected(
                UUID.randomUUID(),
                at,
                orderId,
                ++ticketVersion,
                ticketId,
                restaurantId,
                TicketRejected.Reason.TOO_BUSY,
                "Kitchen full"));
        events.add(new OrderRejected(
                UUID.randomUUID(),
                at.plusMillis(200),
                orderId,
                ++orderVersion,
                customerId,
                restaurantId,
                TicketRejected.Reason.TOO_BUSY,
                "Kitchen full",
                PaymentMethod.CARD,
                totals.total()));
        return this;
    }

    public OrderStory cancelled(Instant at, OrderCancelled.Status from, OrderCancelled.CancelledBy by) {
        events.add(new OrderCancelled(
                UUID.randomUUID(),
                at,
                orderId,
                ++orderVersion,
                customerId,
                restaurantId,
                from,
                by,
                by == OrderCancelled.CancelledBy.CUSTOMER ? customerId : null,
                by == OrderCancelled.CancelledBy.CUSTOMER
                        ? OrderCancelled.Reason.CUSTOMER_REQUEST
                        : OrderCancelled.Reason.PAYMENT_FAILED,
                null,
                PaymentMethod.CARD,
                totals.total(),
                OrderCancelled.Refund.full(totals.total())));
        return this;
    }

    public OrderStory deliveryRequested(Instant at) {
        events.add(new DeliveryRequested(
                UUID.randomUUID(),
                at,
                orderId,
                ++deliveryVersion,
                deliveryId,
                restaurantId,
                customerId,
                INDIRANAGAR,
                KORAMANGALA,
                at.plusSeconds(600),
                5200));
        return this;
    }

    public OrderStory riderAssigned(Instant at, UUID riderId, Instant eta) {
        events.add(new RiderAssigned(
                UUID.randomUUID(),
                at,
                orderId,
                ++deliveryVersion,
                deliveryId,
                riderId,
                "Ravi Kumar",
                restaurantId,
                customerId,
                at.plusSeconds(300),
                eta));
        return this;
    }

    public OrderStory pickedUp(Instant at, UUID riderId, Instant eta) {
        events.add(new DeliveryPickedUp(
                UUID.randomUUID(), at, orderId, ++deliveryVersion, deliveryId, riderId, restaurantId, customerId, eta));
        return this;
    }

    /** The rider hands the food over and the order is delivered. */
    public OrderStory delivered(Instant at, UUID riderId) {
        events.add(new DeliveryCompleted(
                UUID.randomUUID(),
                at,
                orderId,
                ++deliveryVersion,
                deliveryId,
                riderId,
                restaurantId,
                customerId,
                5200,
                inr(0)));
        events.add(new OrderDelivered(
                UUID.randomUUID(),
                at,
                orderId,
                ++orderVersion,
                customerId,
                restaurantId,
                riderId,
                PaymentMethod.CARD,
                totals.total()));
        return this;
    }

    /** A rider's shift: online, then offline. */
    public static List<PlatterEvent> shift(UUID riderId, long firstVersion, Instant online, Instant offline) {
        return List.of(
                new RiderWentOnline(UUID.randomUUID(), online, riderId, firstVersion, KORAMANGALA),
                new RiderWentOffline(
                        UUID.randomUUID(), offline, riderId, firstVersion + 1, RiderWentOffline.Reason.RIDER_REQUEST));
    }

    /** A restaurant's profile as restaurant-service publishes it. */
    public static RestaurantUpserted restaurant(
            UUID restaurantId, long version, UUID ownerId, String name, String city) {
        return new RestaurantUpserted(
                UUID.randomUUID(),
                Instant.now(),
                restaurantId,
                version,
                ownerId,
                name,
                null,
                new Address("1 CMH Road", null, city, "560038", "IN", INDIRANAGAR),
                "Asia/Kolkata",
                List.of("North Indian"),
                "INR",
                5000,
                inr(19900),
                20,
                List.of(),
                true,
                null);
    }
}
