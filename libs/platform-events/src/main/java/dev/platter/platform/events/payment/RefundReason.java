package dev.platter.platform.events.payment;

/** Why money is refunded. */
public enum RefundReason {
    /** The order was cancelled after its payment was captured (the refund decided by OrderCancelled). */
    ORDER_CANCELLED,
    /** A support case on a delivered order (requested through {@code /internal/refunds}). */
    SUPPORT_CASE
}
