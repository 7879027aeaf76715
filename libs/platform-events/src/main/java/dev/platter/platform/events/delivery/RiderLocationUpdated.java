package dev.platter.platform.events.delivery;

import dev.platter.platform.events.EventType;
import dev.platter.platform.events.GeoPoint;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A rider on an active delivery reported a position; {@code occurredAt} is when the position was taken.
 *
 * @param version grows with each position of this delivery, so an older position never replaces a newer one
 * @param headingDegrees direction of travel, 0 (north) to 360, clockwise, if known
 * @param speedMetresPerSecond if known
 * @param estimatedArrivalAt the ETA at the rider's next stop (restaurant, then customer), if known
 */
@EventType(value = "RiderLocationUpdated", version = 1)
public record RiderLocationUpdated(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        long version,
        UUID deliveryId,
        UUID riderId,
        GeoPoint position,
        @Nullable Double headingDegrees,
        @Nullable Double speedMetresPerSecond,
        @Nullable Instant estimatedArrivalAt)
        implements RiderLocationEvent {

    public RiderLocationUpdated {
        if (headingDegrees != null && !(headingDegrees >= 0 && headingDegrees <= 360)) {
            throw new IllegalArgumentException("Heading must be within [0, 360], was " + headingDegrees);
        }
        if (speedMetresPerSecond != null && !(speedMetresPerSecond >= 0)) {
            throw new IllegalArgumentException("Speed cannot be negative, was " + speedMetresPerSecond);
        }
    }
}
