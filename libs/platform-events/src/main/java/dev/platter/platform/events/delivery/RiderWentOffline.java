package dev.platter.platform.events.delivery;

import dev.platter.platform.events.EventType;
import java.time.Instant;
import java.util.UUID;

/** A rider stopped receiving offers. */
@EventType(value = "RiderWentOffline", version = 1)
public record RiderWentOffline(UUID eventId, Instant occurredAt, UUID riderId, long version, Reason reason)
        implements RiderEvent {

    /** Why a rider went offline. */
    public enum Reason {
        /** The rider ended their shift. */
        RIDER_REQUEST,
        /** The rider's app stopped sending positions. */
        INACTIVITY,
        /** The rider's account was suspended. */
        SUSPENDED
    }
}
