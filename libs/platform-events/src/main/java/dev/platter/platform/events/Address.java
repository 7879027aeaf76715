package dev.platter.platform.events;

import org.jspecify.annotations.Nullable;

/**
 * A postal address with its coordinates, as it was when the event happened (a snapshot, not a reference).
 *
 * @param countryCode ISO 3166-1 alpha-2, e.g. {@code IN}
 * @param location where a rider goes
 */
public record Address(
        String line1,
        @Nullable String line2,
        String city,
        @Nullable String postalCode,
        String countryCode,
        GeoPoint location) {

    public Address {
        if (line1.isBlank() || city.isBlank()) {
            throw new IllegalArgumentException("An address needs a first line and a city");
        }
        if (!countryCode.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("Country must be an ISO 3166-1 alpha-2 code, was '" + countryCode + "'");
        }
    }
}
