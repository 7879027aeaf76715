package dev.platter.delivery.rider;

import dev.platter.platform.events.GeoPoint;
import dev.platter.platform.events.user.VehicleType;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A rider's profile and working state, as the rider and ops see it. */
public record RiderView(
        UUID id,
        String name,
        String phone,
        VehicleType vehicle,
        int capacity,
        @Nullable String city,
        RiderStatus status,
        boolean suspended,
        @Nullable Double ratingAverage,
        int ratingCount,
        @Nullable Instant onlineSince,
        @Nullable GeoPoint lastPosition,
        @Nullable Instant lastPositionAt) {

    static RiderView of(Rider rider, RiderPositions.@Nullable Position position) {
        return new RiderView(
                rider.id(),
                rider.name(),
                rider.phone(),
                rider.vehicle(),
                rider.capacity(),
                rider.city(),
                rider.status(),
                rider.suspended(),
                rider.ratingAverage(),
                rider.ratingCount(),
                rider.onlineSince(),
                position == null ? null : position.point(),
                position == null ? null : position.at());
    }
}
