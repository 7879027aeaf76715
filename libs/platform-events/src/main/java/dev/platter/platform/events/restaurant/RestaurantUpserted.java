package dev.platter.platform.events.restaurant;

import dev.platter.platform.events.Address;
import dev.platter.platform.events.EventType;
import dev.platter.platform.events.Money;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A restaurant was created or its profile changed; carries the full profile, so the latest one replaces any replica.
 *
 * @param ownerId the user who owns it (every service that checks ownership keeps restaurantId to ownerId from here)
 * @param zoneId the IANA time zone its opening hours are in, e.g. {@code Asia/Kolkata}
 * @param cuisines e.g. {@code ["North Indian", "Biryani"]}
 * @param currency ISO-4217; every price of this restaurant is in it
 * @param minimumOrder the least items total it accepts
 * @param averagePrepMinutes its usual preparation time, for estimates before a ticket is accepted
 * @param openingHours its weekly hours; it is open when any entry covers the local time
 * @param published whether customers can find it (search indexes only published restaurants)
 */
@EventType(value = "RestaurantUpserted", version = 1)
public record RestaurantUpserted(
        UUID eventId,
        Instant occurredAt,
        UUID restaurantId,
        long version,
        UUID ownerId,
        String name,
        @Nullable String description,
        Address address,
        String zoneId,
        List<String> cuisines,
        String currency,
        int deliveryRadiusMetres,
        Money minimumOrder,
        int averagePrepMinutes,
        List<OpeningHours> openingHours,
        boolean published,
        @Nullable String imageUrl)
        implements RestaurantEvent {

    public RestaurantUpserted {
        cuisines = List.copyOf(cuisines);
        openingHours = List.copyOf(openingHours);
    }

    /**
     * One opening period in the restaurant's time zone.
     *
     * @param closes if not after {@code opens}, the period ends on the next day (e.g. 18:00 to 02:00)
     */
    public record OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {}
}
