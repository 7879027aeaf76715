package dev.platter.restaurant.kitchen;

/** Where a kitchen ticket stands. */
public enum TicketStatus {
    /** A placed order waiting for the restaurant to accept it (or for the acceptance timeout). */
    AWAITING_ACCEPTANCE,
    /** Accepted with a preparation time. */
    ACCEPTED,
    /** Being cooked. */
    PREPARING,
    /** Packed, waiting for the rider. */
    READY,
    /** The rider has it: the kitchen is done. */
    PICKED_UP,
    /** Rejected by the owner, or by the timeout. */
    REJECTED,
    /** The order was cancelled. */
    CANCELLED;

    /** Whether the kitchen still has something to do with it. */
    public boolean isOpen() {
        return this == AWAITING_ACCEPTANCE || this == ACCEPTED || this == PREPARING || this == READY;
    }
}
