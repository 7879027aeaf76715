package dev.platter.platform.events.delivery;

import dev.platter.platform.events.EventType;
import dev.platter.platform.events.GeoPoint;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A rider started a shift and can receive offers.
 *
 * @param position where the rider was, if their app sent a position
 */
@EventType(value = "RiderWentOnline", version = 1)
public record RiderWentOnline(UUID eventId, Instant occurredAt, UUID riderId, long version, @Nullable GeoPoint position)
        implements RiderEvent {}
