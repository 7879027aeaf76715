package dev.platter.order.order;

import dev.platter.order.config.JsonColumn;
import dev.platter.platform.events.Address;
import dev.platter.platform.events.Money;
import dev.platter.platform.events.PaymentMethod;
import dev.platter.platform.events.delivery.DeliveryCompleted;
import dev.platter.platform.events.delivery.DeliveryPickedUp;
import dev.platter.platform.events.delivery.RiderAssigned;
import dev.platter.platform.events.order.LineItem;
import dev.platter.platform.events.order.OrderAccepted;
import dev.platter.platform.events.order.OrderCancelled;
import dev.platter.platform.events.order.OrderCreated;
import dev.platter.platform.events.order.OrderDelivered;
import dev.platter.platform.events.order.OrderPickedUp;
import dev.platter.platform.events.order.OrderPlaced;
import dev.platter.platform.events.order.OrderPreparing;
import dev.platter.platform.events.order.OrderReadyForPickup;
import dev.platter.platform.events.order.OrderRejected;
import dev.platter.platform.events.order.OrderTotals;
import dev.platter.platform.events.restaurant.PreparationStarted;
import dev.platter.platform.events.restaurant.TicketAccepted;
import dev.platter.platform.events.restaurant.TicketReady;
import dev.platter.platform.events.restaurant.TicketRejected;
import dev.platter.platform.web.ids.Uuids;
import dev.platter.platform.web.problem.IllegalTransition;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

/**
 * An order, from checkout to delivery, cancellation or rejection (ARCHITECTURE.md section 6). Every transition checks
 * the current status, changes it, appends to the timeline and returns the order event to publish.
 *
 * <p>Commands (a customer or admin cancelling) in the wrong state throw {@link IllegalTransition} (409). Events from
 * other services may arrive late or crossed: their reactions apply what still makes sense and otherwise return
 * {@code null} (superseded), leaving the order unchanged; the caller records and counts that.
 */
@Entity(name = "CustomerOrder")
@Table(name = "orders")
public class Order {

    @Id
    private UUID id;

    private UUID customerId;

    /** The Idempotency-Key of the checkout that created the order. */
    private @Nullable String checkoutKey;

    private String customerName;

    private @Nullable String customerPhone;

    private UUID restaurantId;

    private String restaurantName;

    @Convert(converter = AddressColumn.class)
    private Address pickupAddress;

    @Convert(converter = AddressColumn.class)
    private Address deliveryAddress;

    private @Nullable String deliveryInstructions;

    @Convert(converter = LinesColumn.class)
    private List<LineItem> lines;

    @Convert(converter = TotalsColumn.class)
    private OrderTotals totals;

    @Enumerated(EnumType.STRING)
    private PaymentMethod paymentMethod;

    @Enumerated(EnumType.STRING)
    private OrderStatus status;

    private @Nullable String handoffCode;

    private Instant paymentExpiresAt;

    private @Nullable Integer prepMinutes;

    private @Nullable Instant readyAt;

    private @Nullable UUID riderId;

    private @Nullable String riderName;

    private @Nullable Instant estimatedDeliveryAt;

    @Enumerated(EnumType.STRING)
    private OrderCancelled.@Nullable CancelledBy cancelledBy;

    private @Nullable UUID cancelledByUserId;

    @Enumerated(EnumType.STRING)
    private OrderCancelled.@Nullable Reason cancelReason;

    private @Nullable String cancelNote;

    @Enumerated(EnumType.STRING)
    private OrderCancelled.Refund.@Nullable Type refundType;

    private @Nullable Long refundMinor;

    @Enumerated(EnumType.STRING)
    private TicketRejected.@Nullable Reason rejectReason;

    private @Nullable String rejectNote;

    @Convert(converter = TimelineColumn.class)
    private List<TimelineEntry> timeline;

    private long revision;

    @Version
    private long version;

    private Instant createdAt;

    private Instant updatedAt;

    protected Order() {}

    private Order(NewOrder order, @Nullable String checkoutKey, Instant paymentExpiresAt, Instant now) {
        this.id = order.orderId();
        this.checkoutKey = checkoutKey;
        this.customerId = order.customerId();
        this.customerName = order.customerName();
        this.customerPhone = order.customerPhone();
        this.restaurantId = order.restaurantId();
        this.restaurantName = order.restaurantName();
        this.pickupAddress = order.pickupAddress();
        this.deliveryAddress = order.deliveryAddress();
        this.deliveryInstructions = order.deliveryInstructions();
        this.lines = order.lines();
        this.totals = order.totals();
        this.paymentMethod = order.paymentMethod();
        this.status = OrderStatus.PENDING_PAYMENT;
        this.paymentExpiresAt = paymentExpiresAt;
        this.timeline = new ArrayList<>(List.of(TimelineEntry.of(OrderStatus.PENDING_PAYMENT, now)));
        this.revision = 1;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * A checked-out order waiting for its payment until {@code paymentExpiresAt}; {@code checkoutKey} is the
     * Idempotency-Key of the checkout that created it.
     */
    static Order create(NewOrder order, @Nullable String checkoutKey, Instant paymentExpiresAt, Instant now) {
        return new Order(order, checkoutKey, paymentExpiresAt, now);
    }

    OrderCreated created() {
        return new OrderCreated(
                Uuids.v7(),
                createdAt,
                id,
                revision,
                customerId,
                restaurantId,
                customerName,
                lines,
                totals,
                paymentMethod,
                deliveryAddress,
                deliveryInstructions,
                paymentExpiresAt);
    }

    // --- payment -----------------------------------------------------------------------------------------------

    /**
     * The payment is secured: the order is placed and gets its handoff code. Superseded when it was placed already
     * (a repeat) or ended meanwhile (cancelled or expired: payment-service voids what it secured).
     */
    @Nullable
    OrderPlaced paymentAuthorized(String newHandoffCode, Instant now) {
        switch (status) {
            case PENDING_PAYMENT -> {
                if (!newHandoffCode.matches("[0-9]{4}")) {
                    throw new IllegalArgumentException("A handoff code has 4 digits");
                }
                this.handoffCode = newHandoffCode;
                moveTo(OrderStatus.PLACED, now);
                return new OrderPlaced(
                        Uuids.v7(),
                        now,
                        id,
                        revision,
                        customerId,
                        restaurantId,
                        customerName,
                        lines,
                        totals,
                        paymentMethod,
                        deliveryAddress,
                        deliveryInstructions);
            }
            default -> {
                return null;
            }
        }
    }

    /** The payment could not be secured: a pending order is cancelled; superseded otherwise. */
    @Nullable
    OrderCancelled paymentFailed(Instant now) {
        return status == OrderStatus.PENDING_PAYMENT
                ? cancel(
                        OrderCancelled.CancelledBy.SYSTEM,
                        null,
                        OrderCancelled.Reason.PAYMENT_FAILED,
                        null,
                        full(),
                        now)
                : null;
    }

    /** The payment was not secured in time: a pending order is cancelled; superseded otherwise. */
    @Nullable
    OrderCancelled paymentExpired(Instant now) {
        return status == OrderStatus.PENDING_PAYMENT
                ? cancel(
                        OrderCancelled.CancelledBy.SYSTEM,
                        null,
                        OrderCancelled.Reason.PAYMENT_EXPIRED,
                        null,
                        full(),
                        now)
                : null;
    }

    /** payment-service refused to create the payment (promo used up, balance too low): the order is cancelled. */
    OrderCancelled paymentRefused(String why, Instant now) {
        switch (status) {
            case PENDING_PAYMENT -> {
                return cancel(
                        OrderCancelled.CancelledBy.SYSTEM,
                        null,
                        OrderCancelled.Reason.PAYMENT_REFUSED,
                        why,
                        full(),
                        now);
            }
            default -> throw new IllegalTransition("Order", status, "have its payment refused");
        }
    }

    // --- kitchen -----------------------------------------------------------------------------------------------

    /** The restaurant accepted: superseded unless the order is placed (e.g. the customer cancelled meanwhile). */
    @Nullable
    OrderAccepted accepted(TicketAccepted ticket, Instant now) {
        switch (status) {
            case PLACED -> {
                this.prepMinutes = ticket.prepMinutes();
                this.readyAt = ticket.readyAt();
                moveTo(OrderStatus.ACCEPTED, now, null, ticket.readyAt(), null);
                return new OrderAccepted(
                        Uuids.v7(),
                        now,
                        id,
                        revision,
                        customerId,
                        restaurantId,
                        restaurantName,
                        pickupAddress,
                        customerName,
                        customerPhone,
                        deliveryAddress,
                        deliveryInstructions,
                        ticket.prepMinutes(),
                        ticket.readyAt(),
                        requireHandoffCode(),
                        paymentMethod,
                        totals.total(),
                        cashToCollect(),
                        itemCount());
            }
            default -> {
                return null;
            }
        }
    }

    /** The restaurant rejected it or let it time out: superseded unless the order is placed. */
    @Nullable
    OrderRejected rejected(TicketRejected ticket, Instant now) {
        switch (status) {
            case PLACED -> {
                this.rejectReason = ticket.reason();
                this.rejectNote = ticket.note();
                moveTo(OrderStatus.REJECTED, now, null, null, ticket.reason().name());
                return new OrderRejected(
                        Uuids.v7(),
                        now,
                        id,
                        revision,
                        customerId,
                        restaurantId,
                        ticket.reason(),
                        ticket.note(),
                        paymentMethod,
                        totals.total());
            }
            default -> {
                return null;
            }
        }
    }

    /** Cooking started: superseded unless the order is accepted. */
    @Nullable
    OrderPreparing preparationStarted(PreparationStarted preparation, Instant now) {
        switch (status) {
            case ACCEPTED -> {
                this.readyAt = preparation.readyAt();
                moveTo(OrderStatus.PREPARING, now, null, preparation.readyAt(), null);
                return new OrderPreparing(
                        Uuids.v7(), now, id, revision, customerId, restaurantId, preparation.readyAt());
            }
            default -> {
                return null;
            }
        }
    }

    /** The food is ready (the kitchen may skip "preparing"): superseded unless accepted or preparing. */
    @Nullable
    OrderReadyForPickup ready(TicketReady ticket, Instant now) {
        switch (status) {
            case ACCEPTED, PREPARING -> {
                moveTo(OrderStatus.READY_FOR_PICKUP, now);
                return new OrderReadyForPickup(Uuids.v7(), now, id, revision, customerId, restaurantId);
            }
            default -> {
                return null;
            }
        }
    }

    // --- delivery ----------------------------------------------------------------------------------------------

    /** A rider took the delivery: noted with the ETA while the order is with the restaurant; no status change. */
    boolean riderAssigned(RiderAssigned assigned, Instant now) {
        switch (status) {
            case ACCEPTED, PREPARING, READY_FOR_PICKUP -> {
                this.riderId = assigned.riderId();
                this.riderName = assigned.riderName();
                this.estimatedDeliveryAt = assigned.estimatedDeliveryAt();
                note("RIDER_ASSIGNED", now, assigned.riderId(), assigned.estimatedDeliveryAt(), assigned.riderName());
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /**
     * The rider has the food: from any status the restaurant has it in (a pickup before "ready" still moves the order
     * on); superseded once picked up, delivered or ended.
     */
    @Nullable
    OrderPickedUp pickedUp(DeliveryPickedUp pickup, Instant now) {
        switch (status) {
            case ACCEPTED, PREPARING, READY_FOR_PICKUP -> {
                this.riderId = pickup.riderId();
                this.estimatedDeliveryAt = pickup.estimatedDeliveryAt();
                moveTo(OrderStatus.PICKED_UP, now, pickup.riderId(), pickup.estimatedDeliveryAt(), null);
                return new OrderPickedUp(
                        Uuids.v7(),
                        now,
                        id,
                        revision,
                        customerId,
                        restaurantId,
                        pickup.riderId(),
                        pickup.estimatedDeliveryAt());
            }
            default -> {
                return null;
            }
        }
    }

    /** Handed over: from picked up (or, if the pickup was never heard of, from the restaurant's side). */
    @Nullable
    OrderDelivered delivered(DeliveryCompleted completed, Instant now) {
        switch (status) {
            case PICKED_UP, ACCEPTED, PREPARING, READY_FOR_PICKUP -> {
                this.riderId = completed.riderId();
                moveTo(OrderStatus.DELIVERED, now, completed.riderId(), null, null);
                return new OrderDelivered(
                        Uuids.v7(),
                        now,
                        id,
                        revision,
                        customerId,
                        restaurantId,
                        completed.riderId(),
                        paymentMethod,
                        totals.total());
            }
            default -> {
                return null;
            }
        }
    }

    // --- cancellation commands ---------------------------------------------------------------------------------

    /** The customer cancels before the restaurant accepts: free, everything goes back (or is never taken). */
    OrderCancelled cancelByCustomer(UUID customerId, @Nullable String note, Instant now) {
        switch (status) {
            case PENDING_PAYMENT, PLACED -> {
                return cancel(
                        OrderCancelled.CancelledBy.CUSTOMER,
                        customerId,
                        OrderCancelled.Reason.CUSTOMER_REQUEST,
                        note,
                        full(),
                        now);
            }
            default -> throw new IllegalTransition("Order", status, "be cancelled by the customer");
        }
    }

    /**
     * An admin cancels an order the restaurant has accepted and the rider has not yet picked up, with the refund
     * decided (payment-service moves the money from the event).
     */
    OrderCancelled cancelByAdmin(
            UUID adminId,
            OrderCancelled.Reason reason,
            @Nullable String note,
            OrderCancelled.Refund refund,
            Instant now) {
        switch (status) {
            case ACCEPTED, PREPARING, READY_FOR_PICKUP -> {
                if (!refund.amount().currency().equals(currency())
                        || refund.amount().amountMinor() > totals.total().amountMinor()) {
                    throw new RefundExceedsTotal(refund.amount(), totals.total());
                }
                return cancel(OrderCancelled.CancelledBy.ADMIN, adminId, reason, note, refund, now);
            }
            default -> throw new IllegalTransition("Order", status, "be cancelled by an admin");
        }
    }

    private OrderCancelled cancel(
            OrderCancelled.CancelledBy by,
            @Nullable UUID byUserId,
            OrderCancelled.Reason reason,
            @Nullable String note,
            OrderCancelled.Refund refund,
            Instant now) {
        var from = OrderCancelled.Status.valueOf(status.name());
        this.cancelledBy = by;
        this.cancelledByUserId = byUserId;
        this.cancelReason = reason;
        this.cancelNote = note;
        this.refundType = refund.type();
        this.refundMinor = refund.amount().amountMinor();
        moveTo(OrderStatus.CANCELLED, now, null, null, reason.name());
        return new OrderCancelled(
                Uuids.v7(),
                now,
                id,
                revision,
                customerId,
                restaurantId,
                from,
                by,
                byUserId,
                reason,
                note,
                paymentMethod,
                totals.total(),
                refund);
    }

    private OrderCancelled.Refund full() {
        return OrderCancelled.Refund.full(totals.total());
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private void moveTo(OrderStatus next, Instant now) {
        moveTo(next, now, null, null, null);
    }

    private void moveTo(
            OrderStatus next, Instant now, @Nullable UUID rider, @Nullable Instant estimatedAt, @Nullable String note) {
        this.status = next;
        this.timeline.add(new TimelineEntry(next, next.name(), now, rider, estimatedAt, note));
        changed(now);
    }

    private void note(String event, Instant now, UUID rider, Instant estimatedAt, String note) {
        this.timeline.add(new TimelineEntry(status, event, now, rider, estimatedAt, note));
        changed(now);
    }

    private void changed(Instant now) {
        // a new list, so the JSON column is seen as changed
        this.timeline = new ArrayList<>(timeline);
        this.revision++;
        this.updatedAt = now;
    }

    private String requireHandoffCode() {
        if (handoffCode == null) {
            throw new IllegalStateException("Order " + id + " was accepted without a handoff code");
        }
        return handoffCode;
    }

    private Money cashToCollect() {
        return paymentMethod == PaymentMethod.CASH ? totals.amountDue() : Money.zero(currency());
    }

    int itemCount() {
        return lines.stream().mapToInt(LineItem::quantity).sum();
    }

    public String currency() {
        return totals.total().currency();
    }

    public UUID id() {
        return id;
    }

    public UUID customerId() {
        return customerId;
    }

    public String customerName() {
        return customerName;
    }

    public @Nullable String customerPhone() {
        return customerPhone;
    }

    public UUID restaurantId() {
        return restaurantId;
    }

    public String restaurantName() {
        return restaurantName;
    }

    public Address pickupAddress() {
        return pickupAddress;
    }

    public Address deliveryAddress() {
        return deliveryAddress;
    }

    public @Nullable String deliveryInstructions() {
        return deliveryInstructions;
    }

    public List<LineItem> lines() {
        return List.copyOf(lines);
    }

    public OrderTotals totals() {
        return totals;
    }

    public PaymentMethod paymentMethod() {
        return paymentMethod;
    }

    public OrderStatus status() {
        return status;
    }

    public @Nullable String handoffCode() {
        return handoffCode;
    }

    public Instant paymentExpiresAt() {
        return paymentExpiresAt;
    }

    public @Nullable Integer prepMinutes() {
        return prepMinutes;
    }

    public @Nullable Instant readyAt() {
        return readyAt;
    }

    public @Nullable UUID riderId() {
        return riderId;
    }

    public @Nullable String riderName() {
        return riderName;
    }

    public @Nullable Instant estimatedDeliveryAt() {
        return estimatedDeliveryAt;
    }

    public OrderCancelled.@Nullable CancelledBy cancelledBy() {
        return cancelledBy;
    }

    public OrderCancelled.@Nullable Reason cancelReason() {
        return cancelReason;
    }

    public @Nullable String cancelNote() {
        return cancelNote;
    }

    public @Nullable Money refund() {
        return refundMinor == null ? null : Money.of(refundMinor, currency());
    }

    public OrderCancelled.Refund.@Nullable Type refundType() {
        return refundType;
    }

    public TicketRejected.@Nullable Reason rejectReason() {
        return rejectReason;
    }

    public @Nullable String rejectNote() {
        return rejectNote;
    }

    public List<TimelineEntry> timeline() {
        return List.copyOf(timeline);
    }

    public long revision() {
        return revision;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Converter
    static class LinesColumn extends JsonColumn<List<LineItem>> {
        LinesColumn() {
            super(new TypeReference<>() {});
        }
    }

    @Converter
    static class TotalsColumn extends JsonColumn<OrderTotals> {
        TotalsColumn() {
            super(new TypeReference<>() {});
        }
    }

    @Converter
    static class AddressColumn extends JsonColumn<Address> {
        AddressColumn() {
            super(new TypeReference<>() {});
        }
    }

    @Converter
    static class TimelineColumn extends JsonColumn<List<TimelineEntry>> {
        TimelineColumn() {
            super(new TypeReference<>() {});
        }
    }
}
