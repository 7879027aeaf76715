package dev.platter.search.catalogue;

import dev.platter.platform.events.restaurant.MenuChanged;
import dev.platter.platform.events.restaurant.RestaurantAvailabilityChanged;
import dev.platter.platform.events.restaurant.RestaurantEvent;
import dev.platter.platform.events.restaurant.RestaurantUpserted;
import dev.platter.platform.events.restaurant.ReviewPublished;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What one event (or one exported restaurant) knows about a restaurant: each part with the version it is at; a part
 * the source does not know has version 0, so it never replaces anything. Ratings are ordered by their count (reviews
 * only add ratings), because a review's version is the review's own.
 */
public record Snapshot(
        UUID restaurantId,
        @Nullable Profile profile,
        long profileVersion,
        boolean acceptingOrders,
        @Nullable Instant pausedUntil,
        long availabilityVersion,
        @Nullable List<Dish> dishes,
        long menuVersion,
        double ratingAverage,
        int ratingCount) {

    /** What a restaurant event knows. */
    public static Snapshot of(RestaurantEvent event) {
        if (event instanceof RestaurantUpserted upserted) {
            return of(upserted);
        } else if (event instanceof RestaurantAvailabilityChanged availability) {
            return of(availability);
        } else if (event instanceof MenuChanged menu) {
            return of(menu);
        } else if (event instanceof ReviewPublished review) {
            return of(review);
        }
        throw new IllegalArgumentException("Not a restaurant event search knows: " + event);
    }

    static Snapshot of(RestaurantUpserted event) {
        return new Snapshot(event.restaurantId(), Profile.of(event), event.version(), true, null, 0, null, 0, 0, 0);
    }

    static Snapshot of(RestaurantAvailabilityChanged event) {
        return new Snapshot(
                event.restaurantId(),
                null,
                0,
                event.acceptingOrders(),
                event.acceptingOrders() ? null : event.pausedUntil(),
                event.version(),
                null,
                0,
                0,
                0);
    }

    static Snapshot of(MenuChanged event) {
        var dishes = event.categories().stream()
                .flatMap(category -> category.items().stream().map(item -> Dish.of(category.name(), item)))
                .toList();
        return new Snapshot(event.restaurantId(), null, 0, true, null, 0, dishes, event.version(), 0, 0);
    }

    static Snapshot of(ReviewPublished event) {
        return new Snapshot(
                event.restaurantId(),
                null,
                0,
                true,
                null,
                0,
                null,
                0,
                event.restaurantRatingAverage(),
                event.restaurantRatingCount());
    }
}
