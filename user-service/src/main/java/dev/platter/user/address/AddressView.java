package dev.platter.user.address;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An address as the API shows it. */
record AddressView(
        UUID id,
        String label,
        String line1,
        @Nullable String line2,
        String city,
        String postcode,
        double lat,
        double lon,
        @Nullable String instructions,
        boolean isDefault,
        Instant createdAt,
        Instant updatedAt,
        long version) {}
