package dev.platter.order.order;

import dev.platter.order.config.OrderProperties;
import dev.platter.platform.events.delivery.DeliveryCompleted;
import dev.platter.platform.events.delivery.DeliveryPickedUp;
import dev.platter.platform.events.delivery.RiderAssigned;
import dev.platter.platform.events.order.OrderCancelled;
import dev.platter.platform.events.order.OrderEvent;
import dev.platter.platform.events.payment.PaymentAuthorized;
import dev.platter.platform.events.payment.PaymentFailed;
import dev.platter.platform.events.restaurant.PreparationStarted;
import dev.platter.platform.events.restaurant.TicketAccepted;
import dev.platter.platform.events.restaurant.TicketReady;
import dev.platter.platform.events.restaurant.TicketRejected;
import dev.platter.platform.web.deadline.DeadlineHandler;
import dev.platter.platform.web.deadline.Deadlines;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves orders along on payment, kitchen and delivery events and on the payment expiry, each in one transaction with
 * the order event it causes (outbox). Late and crossing events are applied when they still make sense and otherwise
 * ignored as superseded; every outcome is counted in {@code platter.orders.events} (event, outcome).
 */
@Service
@Transactional
public class OrderLifecycle implements DeadlineHandler {

    /** The deadline kind of the payment expiry; the subject is the order id. */
    static final String PAYMENT_EXPIRY = "order-payment-expiry";

    private static final Logger log = LoggerFactory.getLogger(OrderLifecycle.class);

    private final OrderRepository orders;
    private final HandoffCodes handoffCodes;
    private final ApplicationEventPublisher events;
    private final Deadlines deadlines;
    private final OrderProperties properties;
    private final MeterRegistry meters;
    private final Clock clock;

    OrderLifecycle(
            OrderRepository orders,
            HandoffCodes handoffCodes,
            ApplicationEventPublisher events,
            Deadlines deadlines,
            OrderProperties properties,
            MeterRegistry meters,
            Clock clock) {
        this.orders = orders;
        this.handoffCodes = handoffCodes;
        this.events = events;
        this.deadlines = deadlines;
        this.properties = properties;
        this.meters = meters;
        this.clock = clock;
    }

    /** {@link #create(NewOrder, String)} of an order that no checkout's Idempotency-Key stands for. */
    public Order create(NewOrder order) {
        return create(order, null);
    }

    /**
     * Stores a checked-out order (PENDING_PAYMENT) with its OrderCreated event and its payment expiry, in the
     * caller's transaction or a new one, remembering the checkout's Idempotency-Key so that a retry of the same
     * checkout finds it ({@link #createdBy}).
     */
    public Order create(NewOrder order, @Nullable String checkoutKey) {
        var now = clock.instant();
        var created = orders.save(Order.create(order, checkoutKey, now.plus(properties.paymentWindow()), now));
        events.publishEvent(created.created());
        deadlines.schedule(PAYMENT_EXPIRY, created.id().toString(), created.paymentExpiresAt());
        return created;
    }

    /** The order an earlier run of the customer's checkout with this Idempotency-Key created, if one did. */
    public Optional<Order> createdBy(UUID customerId, String checkoutKey) {
        return orders.findByCustomerIdAndCheckoutKey(customerId, checkoutKey);
    }

    /** payment-service refused the payment at checkout: the order ends CANCELLED with that reason. */
    public void paymentRefused(UUID orderId, String why) {
        var order = orders.findForUpdate(orderId).orElseThrow();
        events.publishEvent(order.paymentRefused(why, clock.instant()));
        deadlines.cancel(PAYMENT_EXPIRY, orderId.toString());
    }

    /** The customer cancels their own order before the restaurant accepts (free). */
    OrderView cancelByCustomer(UUID customerId, UUID orderId, @Nullable String note) {
        var order = orders.findForUpdate(orderId)
                .filter(found -> found.customerId().equals(customerId))
                .orElseThrow(() -> OrderQueries.notFound(orderId));
        events.publishEvent(order.cancelByCustomer(customerId, note, now()));
        deadlines.cancel(PAYMENT_EXPIRY, orderId.toString());
        return OrderView.forCustomer(order);
    }

    /** An admin cancels an accepted order before pickup, with the refund decided. */
    OrderView cancelByAdmin(
            UUID adminId, UUID orderId, OrderCancelled.Reason reason, @Nullable String note, RefundDecision refund) {
        var order = orders.findForUpdate(orderId).orElseThrow(() -> OrderQueries.notFound(orderId));
        events.publishEvent(order.cancelByAdmin(
                adminId, reason, note, refund.of(order.totals().total()), now()));
        return OrderView.forStaff(order);
    }

    void on(PaymentAuthorized paid) {
        apply("PaymentAuthorized", paid.orderId(), order -> {
            var placed = order.paymentAuthorized(handoffCodes.next(), now());
            if (placed != null) {
                deadlines.cancel(PAYMENT_EXPIRY, order.id().toString());
                if (!paid.amount().equals(order.totals().total())) {
                    log.warn(
                            "Order {} was authorised for {} but costs {}",
                            order.id(),
                            paid.amount(),
                            order.totals().total());
                }
            } else if (order.status() == OrderStatus.CANCELLED) {
                // payment-service voids it: it sees the order's OrderCancelled
                log.info("Payment of order {} authorised after it was cancelled; left to be voided", order.id());
            }
            return placed;
        });
    }

    void on(PaymentFailed failed) {
        apply("PaymentFailed", failed.orderId(), order -> {
            var cancelled = order.paymentFailed(now());
            if (cancelled != null) {
                deadlines.cancel(PAYMENT_EXPIRY, order.id().toString());
            }
            return cancelled;
        });
    }

    void on(TicketAccepted accepted) {
        apply("TicketAccepted", accepted.orderId(), order -> order.accepted(accepted, now()));
    }

    void on(TicketRejected rejected) {
        apply("TicketRejected", rejected.orderId(), order -> order.rejected(rejected, now()));
    }

    void on(PreparationStarted started) {
        apply("PreparationStarted", started.orderId(), order -> order.preparationStarted(started, now()));
    }

    void on(TicketReady ready) {
        apply("TicketReady", ready.orderId(), order -> order.ready(ready, now()));
    }

    void on(RiderAssigned assigned) {
        var order = orders.findForUpdate(assigned.orderId());
        if (order.isEmpty()) {
            unknown("RiderAssigned", assigned.orderId());
        } else {
            outcome("RiderAssigned", order.get().riderAssigned(assigned, now()) ? "applied" : "superseded");
        }
    }

    void on(DeliveryPickedUp pickedUp) {
        apply("DeliveryPickedUp", pickedUp.orderId(), order -> order.pickedUp(pickedUp, now()));
    }

    void on(DeliveryCompleted completed) {
        apply("DeliveryCompleted", completed.orderId(), order -> order.delivered(completed, now()));
    }

    @Override
    public String kind() {
        return PAYMENT_EXPIRY;
    }

    /** The payment window ran out: a still pending order is cancelled as expired. */
    @Override
    public void onDeadline(String subject) {
        apply("PaymentExpiry", UUID.fromString(subject), order -> order.paymentExpired(now()));
    }

    private void apply(String event, UUID orderId, Function<Order, @Nullable OrderEvent> transition) {
        var order = orders.findForUpdate(orderId);
        if (order.isEmpty()) {
            unknown(event, orderId);
            return;
        }
        var result = transition.apply(order.get());
        if (result != null) {
            events.publishEvent(result);
            outcome(event, "applied");
        } else {
            log.info(
                    "{} for order {} in {} is superseded",
                    event,
                    orderId,
                    order.get().status());
            outcome(event, "superseded");
        }
    }

    private void unknown(String event, UUID orderId) {
        log.warn("{} for unknown order {}", event, orderId);
        outcome(event, "unknown-order");
    }

    private Instant now() {
        return clock.instant();
    }

    private void outcome(String event, String outcome) {
        meters.counter("platter.orders.events", "event", event, "outcome", outcome)
                .increment();
    }
}
