package dev.platter.user.address;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What a user writes for an address; {@code isDefault} makes it the default (the first address always is). */
record AddressDetails(
        @NotBlank @Size(max = 40) String label,
        @NotBlank @Size(max = 200) String line1,
        @Nullable @Size(max = 200) String line2,
        @NotBlank @Size(max = 100) String city,
        @NotBlank @Size(max = 16) String postcode,
        @NotNull @DecimalMin("-90.0") @DecimalMax("90.0") Double lat,
        @NotNull @DecimalMin("-180.0") @DecimalMax("180.0") Double lon,
        @Nullable @Size(max = 500) String instructions,
        @Nullable Boolean isDefault) {}
