package dev.platter.search.index;

import dev.platter.search.catalogue.Dish;
import java.util.List;

/**
 * How expensive a restaurant is, 1 to 4, from the median price of its available dishes: up to 200, 400, 700 major
 * units, or more (calibrated for INR menus, where most of the catalogue is).
 */
final class PriceLevel {

    private static final long[] UPPER_BOUNDS_MINOR = {20_000, 40_000, 70_000};

    private PriceLevel() {}

    /** The level, or 0 for a restaurant without available dishes. */
    static int of(List<Dish> dishes) {
        var prices = dishes.stream()
                .filter(Dish::available)
                .mapToLong(Dish::priceMinor)
                .sorted()
                .toArray();
        if (prices.length == 0) {
            return 0;
        }
        long median = prices[prices.length / 2];
        for (int level = 0; level < UPPER_BOUNDS_MINOR.length; level++) {
            if (median <= UPPER_BOUNDS_MINOR[level]) {
                return level + 1;
            }
        }
        return UPPER_BOUNDS_MINOR.length + 1;
    }
}
