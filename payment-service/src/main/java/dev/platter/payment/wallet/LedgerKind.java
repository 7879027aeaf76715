package dev.platter.payment.wallet;

/** What a ledger transaction is; with its reference it is recorded at most once. */
public enum LedgerKind {
    /** Available to reserved, for an order's wallet part (reference: order id). */
    RESERVE,
    /** Reserved back to available, when the order ends without taking it (reference: order id). */
    RELEASE,
    /** Reserved to the platform, when the order's payment is captured (reference: order id). */
    DEBIT,
    /** The platform back to available: a refund to the wallet (reference: refund id). */
    REFUND,
    /** Credit granted by an admin (reference: the request's key). */
    ADMIN_CREDIT,
    /** Loyalty points redeemed into credit (reference: the redemption id). */
    LOYALTY_CREDIT
}
