package dev.platter.platform.events.user;

/** What a user may do in Platter (the {@code roles} claim of their access token). */
public enum Role {
    /** Orders food. */
    CUSTOMER,
    /** Runs one or more restaurants. */
    RESTAURANT_OWNER,
    /** Delivers orders. */
    RIDER,
    /** Operations staff. */
    ADMIN
}
