package dev.platter.restaurant.restaurant;

/** Where a restaurant stands with Platter. */
public enum RestaurantStatus {
    /** Created by its owner, waiting for an admin; customers cannot see it. */
    PENDING_APPROVAL,
    /** Approved: customers find it and order from it. */
    PUBLISHED,
    /** Taken off the platform by an admin; customers cannot see it. */
    SUSPENDED
}
