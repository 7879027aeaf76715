package dev.platter.search.query;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One restaurant in search results.
 *
 * @param priceLevel 1 (cheapest) to 4, from the median dish price; null without dishes
 * @param openNow open by its hours and not paused, at the moment of the search
 * @param distanceMetres from the searched location, when one was given
 * @param estimatedDeliveryMinutes preparation plus riding time, when a location was given
 * @param matchedDishes the dishes that made it match the text, best first (why it matched)
 */
public record RestaurantHit(
        UUID id,
        String name,
        List<String> cuisines,
        @Nullable String city,
        Rating rating,
        @Nullable Integer priceLevel,
        boolean pureVeg,
        boolean openNow,
        @Nullable Long distanceMetres,
        @Nullable Integer estimatedDeliveryMinutes,
        int averagePrepMinutes,
        @Nullable String imageUrl,
        List<DishHit> matchedDishes) {

    public record Rating(double average, int count) {}

    /** A dish, with its restaurant's currency. */
    public record DishHit(
            UUID id, String name, String category, long priceMinor, String currency, boolean veg, boolean available) {}
}
