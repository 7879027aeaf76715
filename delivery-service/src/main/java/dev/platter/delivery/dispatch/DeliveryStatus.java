package dev.platter.delivery.dispatch;

import java.util.EnumSet;
import java.util.Set;

/** Where a delivery stands (ARCHITECTURE.md section 6). */
public enum DeliveryStatus {
    /** Created for an accepted order; looking for a rider. */
    SEARCHING,
    /** Offered to one rider, who may accept until the offer expires. */
    OFFERED,
    /** A rider accepted and heads to the restaurant. */
    ASSIGNED,
    /** The rider is at the restaurant, waiting for the food. */
    AT_RESTAURANT,
    /** The rider has the food and heads to the customer. */
    PICKED_UP,
    /** Handed over with the customer's code. */
    DELIVERED,
    /** Called off (the order was cancelled). */
    CANCELLED;

    /** The statuses in which a rider carries the delivery (their load, their positions are tracked). */
    public static final Set<DeliveryStatus> ACTIVE = EnumSet.of(ASSIGNED, AT_RESTAURANT, PICKED_UP);

    public boolean active() {
        return ACTIVE.contains(this);
    }
}
