package dev.platter.delivery.rider;

/** Whether a rider takes offers. */
public enum RiderStatus {
    /** Not on shift: no offers (deliveries already taken are still finished). */
    OFFLINE,
    /** On shift: offers may come. */
    ONLINE
}
