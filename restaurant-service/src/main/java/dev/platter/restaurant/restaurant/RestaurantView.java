package dev.platter.restaurant.restaurant;

import dev.platter.platform.events.Address;
import dev.platter.platform.events.Money;
import dev.platter.platform.events.restaurant.RestaurantAvailabilityChanged;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A restaurant as clients see it, with what is true now: open by its hours, taking orders, its rating.
 *
 * @param version grows with every change of the profile or settings
 * @param distanceMetres from the point a near-me search asked about; absent otherwise
 */
public record RestaurantView(
        UUID id,
        UUID ownerId,
        RestaurantStatus status,
        String name,
        @Nullable String description,
        List<String> cuisines,
        String phone,
        String currency,
        String zoneId,
        Address address,
        int deliveryRadiusMetres,
        Money minimumOrder,
        Money packagingCharge,
        int averagePrepMinutes,
        List<String> imageUrls,
        List<OpeningPeriod> openingHours,
        List<LocalDate> holidays,
        boolean openNow,
        boolean acceptingOrders,
        RestaurantAvailabilityChanged.@Nullable Reason pausedReason,
        @Nullable Instant pausedUntil,
        boolean autoAccept,
        Rating rating,
        long version,
        @Nullable Double distanceMetres) {

    static RestaurantView of(Restaurant restaurant, Rating rating, Instant now, @Nullable Double distanceMetres) {
        var accepting = restaurant.acceptingOrdersAt(now);
        return new RestaurantView(
                restaurant.id(),
                restaurant.ownerId(),
                restaurant.status(),
                restaurant.name(),
                restaurant.description(),
                restaurant.cuisines(),
                restaurant.phone(),
                restaurant.currency(),
                restaurant.zoneId(),
                restaurant.address(),
                restaurant.deliveryRadiusMetres(),
                restaurant.minimumOrder(),
                restaurant.packagingCharge(),
                restaurant.averagePrepMinutes(),
                restaurant.imageUrls(),
                restaurant.openingHours(),
                restaurant.holidays(),
                restaurant.isOpenAt(now),
                accepting,
                accepting ? null : restaurant.pausedReason(),
                accepting ? null : restaurant.pausedUntil(),
                restaurant.autoAccept(),
                rating,
                restaurant.revision(),
                distanceMetres == null ? null : Math.round(distanceMetres) * 1.0);
    }
}
