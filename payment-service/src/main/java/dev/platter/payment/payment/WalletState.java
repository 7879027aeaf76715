package dev.platter.payment.payment;

/** What happened to a payment's wallet part. */
public enum WalletState {
    /** The payment has no wallet part. */
    NONE,
    /** Held in the customer's RESERVED account. */
    RESERVED,
    /** Taken (the part kept), the rest released. */
    DEBITED,
    /** Given back to the customer's available balance. */
    RELEASED
}
