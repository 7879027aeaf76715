package dev.platter.delivery.rider;

import dev.platter.platform.events.delivery.RiderWentOffline;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One shift: when it started, when and why it ended (open while the rider is online). */
record ShiftView(Instant startedAt, @Nullable Instant endedAt, RiderWentOffline.@Nullable Reason endReason) {

    static ShiftView of(RiderShift shift) {
        return new ShiftView(shift.startedAt(), shift.endedAt(), shift.endReason());
    }
}
