package dev.platter.order.order;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One step of an order's history: a status change, or a fact learnt on the way (a rider assigned, a new ETA).
 *
 * @param status the order's status after the step
 * @param event what happened, e.g. {@code PLACED}, {@code RIDER_ASSIGNED}
 * @param riderId the rider, once one is known
 * @param estimatedAt the ETA at the customer's door, or when the food should be ready, as then known
 * @param note free words: a cancellation or rejection reason
 */
public record TimelineEntry(
        OrderStatus status,
        String event,
        Instant at,
        @Nullable UUID riderId,
        @Nullable Instant estimatedAt,
        @Nullable String note) {

    static TimelineEntry of(OrderStatus status, Instant at) {
        return new TimelineEntry(status, status.name(), at, null, null, null);
    }
}
