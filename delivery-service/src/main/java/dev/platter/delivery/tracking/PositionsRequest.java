package dev.platter.delivery.tracking;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One position or a batch of them, as the rider's app took them. */
record PositionsRequest(@NotEmpty @Size(max = 50) List<@Valid @NotNull Point> points) {

    /**
     * @param recordedAt when the device took the position
     * @param accuracyMetres the device's horizontal accuracy, if known
     * @param headingDegrees direction of travel, 0 (north) to 360 clockwise, if known
     * @param speedMetresPerSecond if known
     */
    record Point(
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon,
            @NotNull Instant recordedAt,
            @Nullable @DecimalMin("0") @DecimalMax("10000") Double accuracyMetres,
            @Nullable @DecimalMin("0") @DecimalMax("360") Double headingDegrees,
            @Nullable @DecimalMin("0") @DecimalMax("100") Double speedMetresPerSecond) {}
}
