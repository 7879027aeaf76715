package dev.platter.platform.events.user;

import dev.platter.platform.events.EventType;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A user's application to ride was approved; the rider id is the user id.
 *
 * @param phone E.164, e.g. {@code +919812345678}
 * @param city the city the rider works in, if they chose one
 */
@EventType(value = "RiderApproved", version = 1)
public record RiderApproved(
        UUID eventId,
        Instant occurredAt,
        UUID userId,
        long version,
        UUID applicationId,
        String name,
        String phone,
        VehicleType vehicleType,
        @Nullable String city)
        implements UserEvent {}
