package dev.platter.search.catalogue;

import dev.platter.platform.events.restaurant.RestaurantUpserted;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A restaurant's profile as search needs it, from RestaurantUpserted or the export.
 *
 * @param published whether customers may find it; unpublished restaurants stay in the replica but never in results
 */
public record Profile(
        String name,
        @Nullable String description,
        List<String> cuisines,
        String city,
        double lat,
        double lon,
        String zoneId,
        String currency,
        int deliveryRadiusMetres,
        long minimumOrderMinor,
        int averagePrepMinutes,
        List<Period> openingHours,
        boolean published,
        @Nullable String imageUrl) {

    public Profile {
        cuisines = List.copyOf(cuisines);
        openingHours = List.copyOf(openingHours);
    }

    /** One opening period in the restaurant's zone; {@code closes} not after {@code opens} ends the next day. */
    public record Period(DayOfWeek day, LocalTime opens, LocalTime closes) {}

    static Profile of(RestaurantUpserted event) {
        return new Profile(
                event.name(),
                event.description(),
                event.cuisines(),
                event.address().city(),
                event.address().location().lat(),
                event.address().location().lon(),
                event.zoneId(),
                event.currency(),
                event.deliveryRadiusMetres(),
                event.minimumOrder().amountMinor(),
                event.averagePrepMinutes(),
                event.openingHours().stream()
                        .map(hours -> new Period(hours.day(), hours.opens(), hours.closes()))
                        .toList(),
                event.published(),
                event.imageUrl());
    }
}
