package dev.platter.delivery.rider;

import dev.platter.platform.events.delivery.RiderWentOffline;
import dev.platter.platform.web.ids.Uuids;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One shift of a rider: from going online to going offline, and why it ended. */
@Entity
@Table(name = "rider_shift")
class RiderShift {

    @Id
    private UUID id;

    private UUID riderId;

    private Instant startedAt;

    private @Nullable Instant endedAt;

    @Enumerated(EnumType.STRING)
    private RiderWentOffline.@Nullable Reason endReason;

    protected RiderShift() {}

    RiderShift(UUID riderId, Instant startedAt) {
        this.id = Uuids.v7();
        this.riderId = riderId;
        this.startedAt = startedAt;
    }

    void end(RiderWentOffline.Reason reason, Instant at) {
        this.endedAt = at;
        this.endReason = reason;
    }

    Instant startedAt() {
        return startedAt;
    }

    @Nullable
    Instant endedAt() {
        return endedAt;
    }

    RiderWentOffline.@Nullable Reason endReason() {
        return endReason;
    }
}
