package dev.platter.payment.payment;

/** Where refunded money goes. */
public enum RefundDestination {
    /** Back to the card, through the provider. */
    CARD,
    /** As credit into the customer's wallet, at once. */
    WALLET
}
