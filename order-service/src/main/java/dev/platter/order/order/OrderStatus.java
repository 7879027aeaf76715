package dev.platter.order.order;

/** Where an order stands, as the customer sees it (ARCHITECTURE.md section 6). */
public enum OrderStatus {
    /** Checked out and priced; waits for its payment to be secured (or to expire). */
    PENDING_PAYMENT,
    /** Paid (or cash accepted as due): waits for the restaurant. */
    PLACED,
    /** The restaurant accepted it with a preparation time. */
    ACCEPTED,
    /** Being cooked. */
    PREPARING,
    /** Packed, waiting for the rider. */
    READY_FOR_PICKUP,
    /** The rider has it and heads to the customer; no longer cancellable. */
    PICKED_UP,
    /** Handed over with the customer's code. */
    DELIVERED,
    /** Cancelled by the customer, an admin or the system (payment failed, refused or expired). */
    CANCELLED,
    /** The restaurant rejected it or let it time out. */
    REJECTED;

    /** Whether the order has ended. */
    public boolean isFinal() {
        return this == DELIVERED || this == CANCELLED || this == REJECTED;
    }
}
