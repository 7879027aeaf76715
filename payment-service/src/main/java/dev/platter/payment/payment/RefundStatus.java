package dev.platter.payment.payment;

/** Where a refund stands. */
public enum RefundStatus {
    /** Recorded; the provider call is made (or will be retried) with the refund's own idempotency key. */
    PENDING,
    /** The money went back. */
    SUCCEEDED,
    /** The provider refused; an admin looks into it. */
    FAILED
}
