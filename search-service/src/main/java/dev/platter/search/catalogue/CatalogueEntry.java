package dev.platter.search.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One restaurant as the replica holds it: what its index document is made of.
 *
 * @param dishOrders how often each dish was ordered
 * @param revision grows with every change that took effect; the index document's external version
 */
public record CatalogueEntry(
        UUID restaurantId,
        @Nullable Profile profile,
        boolean acceptingOrders,
        @Nullable Instant pausedUntil,
        List<Dish> dishes,
        double ratingAverage,
        int ratingCount,
        long ordersCount,
        Map<UUID, Long> dishOrders,
        long revision) {

    public CatalogueEntry {
        dishes = List.copyOf(dishes);
        dishOrders = Map.copyOf(dishOrders);
    }

    /** Whether customers may find it: it has a profile and is published. */
    public boolean visible() {
        return profile != null && profile.published();
    }
}
