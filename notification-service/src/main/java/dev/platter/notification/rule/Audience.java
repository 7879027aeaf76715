package dev.platter.notification.rule;

/** Whom a rule notifies, found in the event (or the replicas) by {@code EventFacts}. */
public enum Audience {
    /** The user an account event is about. */
    USER,
    /** The customer of the order. */
    CUSTOMER,
    /** The owner of the order's restaurant. */
    OWNER,
    /** The rider an offer or delivery names. */
    RIDER
}
