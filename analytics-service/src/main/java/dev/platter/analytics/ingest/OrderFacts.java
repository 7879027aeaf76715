package dev.platter.analytics.ingest;

import dev.platter.analytics.rollup.Grain;
import dev.platter.analytics.rollup.OrderRollups;
import dev.platter.analytics.rollup.Span;
import dev.platter.analytics.rollup.Touched;
import dev.platter.platform.events.PlatterEvent;
import dev.platter.platform.events.delivery.DeliveryCancelled;
import dev.platter.platform.events.delivery.DeliveryCompleted;
import dev.platter.platform.events.delivery.DeliveryEvent;
import dev.platter.platform.events.delivery.DeliveryPickedUp;
import dev.platter.platform.events.delivery.DeliveryRequested;
import dev.platter.platform.events.delivery.RiderAssigned;
import dev.platter.platform.events.order.OrderAccepted;
import dev.platter.platform.events.order.OrderCancelled;
import dev.platter.platform.events.order.OrderCreated;
import dev.platter.platform.events.order.OrderDelivered;
import dev.platter.platform.events.order.OrderEvent;
import dev.platter.platform.events.order.OrderPlaced;
import dev.platter.platform.events.order.OrderRejected;
import dev.platter.platform.events.order.OrderTotals;
import dev.platter.platform.events.payment.PaymentAuthorized;
import dev.platter.platform.events.payment.PaymentEvent;
import dev.platter.platform.events.payment.PaymentFailed;
import dev.platter.platform.events.restaurant.KitchenEvent;
import dev.platter.platform.events.restaurant.TicketAccepted;
import dev.platter.platform.events.restaurant.TicketReady;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The fact of each order, from the order, kitchen, payment and delivery events. Each column has one source event
 * type; after an event changes a fact, every bucket the order counted in before or counts in now is noted for
 * recomputing.
 * Events that say nothing analytics keeps (offers, arrivals, captures, refunds, ...) only name the order's restaurant.
 */
@Component
class OrderFacts {

    private final JdbcTemplate jdbc;

    OrderFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Where a fact counts: its bucket, restaurant, city and currency; its rider and busy time; and the whole row, to
     * tell whether an event changed anything.
     */
    private record Footprint(
            String row,
            @Nullable Instant bucketAt,
            @Nullable UUID restaurantId,
            @Nullable String city,
            @Nullable String currency,
            @Nullable UUID riderId,
            @Nullable Instant assignedAt,
            @Nullable Instant busyUntil) {

        Optional<OrderRollups.Slot> slot() {
            return bucketAt == null || restaurantId == null || currency == null
                    ? Optional.empty()
                    : Optional.of(new OrderRollups.Slot(bucketAt, restaurantId, city));
        }

        List<Span> riderSpans() {
            var spans = new ArrayList<Span>();
            if (riderId == null) {
                return spans;
            }
            if (bucketAt != null) {
                spans.add(new Span(bucketAt, bucketAt).widenedTo(Grain.MINUTE));
            }
            if (assignedAt != null && busyUntil != null && !busyUntil.isBefore(assignedAt)) {
                spans.add(new Span(assignedAt, busyUntil).widenedTo(Grain.MINUTE));
            }
            return spans;
        }
    }

    /** Applies what the event says to its order's fact, and notes the buckets it counted in before and now. */
    void on(PlatterEvent event, Touched touched) {
        var change = change(event);
        if (change == null || change.isEmpty()) {
            return;
        }
        var before = footprint(change.orderId());
        var after = jdbc.query(
                        change.sql(FOOTPRINT), FOOTPRINT_ROW, change.arguments().toArray())
                .get(0);
        if (before.isPresent() && before.get().row().equals(after.row())) {
            return; // nothing new: the event repeated what the fact knew
        }
        for (var footprint : before.isPresent() ? List.of(before.get(), after) : List.of(after)) {
            footprint.slot().ifPresent(touched::slot);
            if (footprint.riderId() != null) {
                touched.riderSpans(footprint.riderId(), footprint.riderSpans());
            }
        }
    }

    private static final String FOOTPRINT =
            "order_fact::text, bucket_at, restaurant_id, city, currency, rider_id," + " rider_assigned_at, busy_until";

    private static final RowMapper<Footprint> FOOTPRINT_ROW = (rs, i) -> new Footprint(
            rs.getString(1),
            instant(rs, 2),
            rs.getObject(3, UUID.class),
            rs.getString(4),
            rs.getString(5),
            rs.getObject(6, UUID.class),
            instant(rs, 7),
            instant(rs, 8));

    private Optional<Footprint> footprint(UUID orderId) {
        return jdbc
                .query("select " + FOOTPRINT + " from order_fact where order_id = ?", FOOTPRINT_ROW, orderId)
                .stream()
                .findFirst();
    }

    private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    /** What the event says about its order, or null for an event that is not about an order. */
    static @Nullable FactChange change(PlatterEvent event) {
        if (event instanceof OrderEvent order) {
            return orderChange(order);
        }
        if (event instanceof KitchenEvent kitchen) {
            var change = new FactChange(kitchen.orderId()).value("restaurant_id", kitchen.restaurantId());
            if (kitchen instanceof TicketAccepted accepted) {
                change.time("ticket_accepted_at", accepted.occurredAt())
                        .value("prep_minutes", accepted.prepMinutes())
                        .time("promised_ready_at", accepted.readyAt());
            } else if (kitchen instanceof TicketReady ready) {
                change.time("ready_at", ready.occurredAt());
            }
            return change;
        }
        if (event instanceof PaymentEvent payment) {
            var change = new FactChange(payment.orderId()).value("customer_id", payment.customerId());
            if (payment instanceof PaymentAuthorized authorized) {
                change.time("payment_authorized_at", authorized.occurredAt())
                        .value("currency", authorized.amount().currency());
            } else if (payment instanceof PaymentFailed failed) {
                change.time("payment_failed_at", failed.occurredAt())
                        .value("payment_failure_reason", failed.reason())
                        .value("currency", failed.amount().currency());
            }
            return change;
        }
        if (event instanceof DeliveryEvent delivery) {
            return deliveryChange(delivery);
        }
        return null;
    }

    private static FactChange orderChange(OrderEvent order) {
        var change = new FactChange(order.orderId())
                .value("restaurant_id", order.restaurantId())
                .value("customer_id", order.customerId());
        if (order instanceof OrderCreated created) {
            totals(change, created.totals())
                    .value("city", created.deliveryAddress().city())
                    .value("payment_method", created.paymentMethod())
                    .time("created_at", created.occurredAt());
        } else if (order instanceof OrderPlaced placed) {
            totals(change, placed.totals())
                    .value("city", placed.deliveryAddress().city())
                    .value("payment_method", placed.paymentMethod())
                    .time("placed_at", placed.occurredAt());
        } else if (order instanceof OrderAccepted accepted) {
            change.value("city", accepted.deliveryAddress().city())
                    .value("currency", accepted.total().currency())
                    .value("payment_method", accepted.paymentMethod());
        } else if (order instanceof OrderDelivered delivered) {
            change.time("delivered_at", delivered.occurredAt())
                    .value("delivered_total_minor", delivered.total().amountMinor())
                    .value("currency", delivered.total().currency())
                    .value("delivering_rider_id", delivered.riderId());
        } else if (order instanceof OrderCancelled cancelled) {
            change.time("cancelled_at", cancelled.occurredAt())
                    .value("cancelled_from", cancelled.cancelledFrom())
                    .value("cancelled_by", cancelled.cancelledBy())
                    .value("cancel_reason", cancelled.reason())
                    .value("currency", cancelled.total().currency());
        } else if (order instanceof OrderRejected rejected) {
            change.time("rejected_at", rejected.occurredAt())
                    .value("reject_reason", rejected.reason())
                    .value("currency", rejected.total().currency());
        }
        return change;
    }

    private static FactChange totals(FactChange change, OrderTotals totals) {
        return change.value("currency", totals.total().currency())
                .value("total_minor", totals.total().amountMinor())
                .value("discount_minor", totals.discount().amountMinor())
                .value("promo_code", totals.promoCode());
    }

    private static FactChange deliveryChange(DeliveryEvent delivery) {
        var change = new FactChange(delivery.orderId());
        if (delivery instanceof DeliveryRequested requested) {
            change.value("restaurant_id", requested.restaurantId())
                    .time("delivery_requested_at", requested.occurredAt());
        } else if (delivery instanceof RiderAssigned assigned) {
            change.value("restaurant_id", assigned.restaurantId())
                    .time("rider_assigned_at", assigned.occurredAt())
                    .assignment(assigned.riderId(), assigned.estimatedDeliveryAt(), assigned.version());
        } else if (delivery instanceof DeliveryPickedUp pickedUp) {
            change.time("picked_up_at", pickedUp.occurredAt()).value("pickup_eta", pickedUp.estimatedDeliveryAt());
        } else if (delivery instanceof DeliveryCompleted completed) {
            change.time("delivery_completed_at", completed.occurredAt())
                    .value("delivering_rider_id", completed.riderId());
        } else if (delivery instanceof DeliveryCancelled cancelled) {
            change.time("delivery_cancelled_at", cancelled.occurredAt());
        }
        return change;
    }
}
