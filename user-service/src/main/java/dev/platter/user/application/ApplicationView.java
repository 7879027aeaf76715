package dev.platter.user.application;

import dev.platter.platform.events.user.VehicleType;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An application as the API shows it: {@code rider} or {@code owner} is set, by type. */
record ApplicationView(
        UUID id,
        UUID userId,
        ApplicationType type,
        ApplicationStatus status,
        @Nullable Rider rider,
        @Nullable Owner owner,
        Instant submittedAt,
        @Nullable Instant decidedAt,
        @Nullable UUID decidedBy,
        @Nullable String rejectionReason,
        long version) {

    record Rider(@Nullable VehicleType vehicleType, @Nullable String licenceNumber, @Nullable String city) {}

    record Owner(
            @Nullable String businessName,
            @Nullable String registrationNumber,
            @Nullable String contactName,
            @Nullable String contactPhone) {}
}
