package dev.platter.payment.payment;

import java.util.UUID;

/**
 * A provider call a committed change asks for, made after the commit (never inside a transaction). If the process
 * dies before it is made, the payment's state (CAPTURE_REQUESTED, VOID_REQUESTED, a PENDING refund) tells
 * reconciliation to make it.
 */
record FollowUp(Kind kind, UUID id) {

    enum Kind {
        /** Capture the payment's card share (payment id). */
        CAPTURE,
        /** Cancel the payment's intent (payment id). */
        CANCEL,
        /** Refund to the card (refund id). */
        REFUND
    }

    static FollowUp capture(UUID paymentId) {
        return new FollowUp(Kind.CAPTURE, paymentId);
    }

    static FollowUp cancel(UUID paymentId) {
        return new FollowUp(Kind.CANCEL, paymentId);
    }

    static FollowUp refund(UUID refundId) {
        return new FollowUp(Kind.REFUND, refundId);
    }
}
