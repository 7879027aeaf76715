package dev.platter.search.query;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A restaurant search.
 *
 * @param text words over restaurant and dish names, cuisines (typos forgiven); none lists by popularity
 * @param cuisine only restaurants of this cuisine
 * @param vegOnly only pure-vegetarian restaurants (every dish vegetarian)
 * @param priceLevels only these price levels (1 to 4); empty for any
 * @param at the customer's location: distances, delivery times, and (with {@code deliverableOnly}) only restaurants
 *     that deliver there
 */
public record RestaurantCriteria(
        @Nullable String text,
        @Nullable String cuisine,
        boolean vegOnly,
        @Nullable Double minRating,
        List<Integer> priceLevels,
        boolean openNow,
        @Nullable Location at,
        boolean deliverableOnly,
        Sort sort,
        int page,
        int size) {

    public RestaurantCriteria {
        priceLevels = List.copyOf(priceLevels);
    }

    /** How results are ordered. */
    public enum Sort {
        /** Best text match first (most popular first without text). */
        RELEVANCE,
        /** Nearest first; needs a location. */
        DISTANCE,
        /** Best rated first. */
        RATING,
        /** Soonest estimated delivery (preparation plus riding) first; needs a location. */
        DELIVERY_TIME
    }
}
