package dev.platter.payment.promotion;

/** How a promo code computes its discount. */
public enum PromoKind {
    /** A percentage of the items total, up to the code's maximum discount. */
    PERCENT,
    /** A fixed amount off, never more than the items total. */
    FLAT
}
