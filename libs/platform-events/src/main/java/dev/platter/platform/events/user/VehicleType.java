package dev.platter.platform.events.user;

/** What a rider delivers with. */
public enum VehicleType {
    /** A bicycle (pedal or electric). */
    BICYCLE,
    /** A scooter or moped. */
    SCOOTER,
    /** A motorcycle. */
    MOTORCYCLE,
    /** A car. */
    CAR
}
