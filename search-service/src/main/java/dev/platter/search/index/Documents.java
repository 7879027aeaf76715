package dev.platter.search.index;

import dev.platter.search.catalogue.CatalogueEntry;
import dev.platter.search.catalogue.Dish;
import dev.platter.search.catalogue.Profile;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a catalogue entry into its index document (field names as in {@code restaurants-v1.json}). */
final class Documents {

    static final int MINUTES_PER_DAY = 24 * 60;
    static final int MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

    /** The most dishes of one restaurant offered as suggestions. */
    private static final int MAX_DISH_SUGGESTIONS = 100;

    private Documents() {}

    static Map<String, Object> of(CatalogueEntry entry) {
        var doc = new LinkedHashMap<String, Object>();
        doc.put("id", entry.restaurantId().toString());
        doc.put("published", entry.visible());
        doc.put("accepting_orders", entry.acceptingOrders());
        if (entry.pausedUntil() != null) {
            doc.put("paused_until", entry.pausedUntil().toString());
        }
        doc.put("rating_average", entry.ratingAverage());
        doc.put("rating_count", entry.ratingCount());
        doc.put("popularity", entry.ordersCount());
        var visible = List.of(entry.visible() ? "yes" : "no");
        var profile = entry.profile();
        if (profile != null) {
            doc.put("name", profile.name());
            if (profile.description() != null) {
                doc.put("description", profile.description());
            }
            doc.put("cuisines", profile.cuisines());
            doc.put("city", profile.city());
            doc.put("location", Map.of("lat", profile.lat(), "lon", profile.lon()));
            doc.put("delivery_radius_metres", profile.deliveryRadiusMetres());
            doc.put("zone_id", profile.zoneId());
            doc.put("open_minutes", openMinutes(profile.openingHours()));
            doc.put("average_prep_minutes", profile.averagePrepMinutes());
            doc.put("currency", profile.currency());
            doc.put("minimum_order_minor", profile.minimumOrderMinor());
            if (profile.imageUrl() != null) {
                doc.put("image_url", profile.imageUrl());
            }
            doc.put("suggest_restaurant", suggestion(List.of(profile.name()), entry.ordersCount(), visible));
            if (!profile.cuisines().isEmpty()) {
                doc.put("suggest_cuisine", suggestion(profile.cuisines(), entry.ordersCount(), visible));
            }
        }
        var dishes = new ArrayList<Map<String, Object>>();
        for (var dish : entry.dishes()) {
            dishes.add(dish(dish, entry.dishOrders().getOrDefault(dish.id(), 0L)));
        }
        doc.put("dishes", dishes);
        doc.put("pure_veg", !entry.dishes().isEmpty() && entry.dishes().stream().allMatch(Dish::veg));
        var level = PriceLevel.of(entry.dishes());
        if (level > 0) {
            doc.put("price_level", level);
        }
        var dishNames = entry.dishes().stream()
                .filter(Dish::available)
                .map(Dish::name)
                .distinct()
                .limit(MAX_DISH_SUGGESTIONS)
                .toList();
        if (!dishNames.isEmpty()) {
            doc.put("suggest_dish", suggestion(dishNames, entry.ordersCount(), visible));
        }
        return doc;
    }

    private static Map<String, Object> dish(Dish dish, long orders) {
        var doc = new LinkedHashMap<String, Object>();
        doc.put("id", dish.id().toString());
        doc.put("name", dish.name());
        if (dish.description() != null) {
            doc.put("description", dish.description());
        }
        doc.put("category", dish.category());
        doc.put("price_minor", dish.priceMinor());
        doc.put("available", dish.available());
        doc.put("veg", dish.veg());
        doc.put("vegan", dish.vegan());
        doc.put("tags", dish.tags());
        doc.put("popularity", orders);
        if (dish.imageUrl() != null) {
            doc.put("image_url", dish.imageUrl());
        }
        return doc;
    }

    private static Map<String, Object> suggestion(List<String> inputs, long popularity, List<String> visible) {
        return Map.of(
                "input",
                inputs,
                "weight",
                (int) Math.min(Integer.MAX_VALUE, popularity + 1),
                "contexts",
                Map.of("visible", visible));
    }

    /**
     * The opening periods as ranges of minutes of the week in the restaurant's own zone (Monday 00:00 is 0), so "open
     * now" is one range query per zone with the local minute of now. A period that runs past midnight ends the next
     * day; one that runs past Sunday midnight wraps to Monday.
     */
    static List<Map<String, Integer>> openMinutes(List<Profile.Period> periods) {
        var ranges = new ArrayList<Map<String, Integer>>();
        for (var period : periods) {
            int start = minuteOfWeek(period.day(), period.opens());
            int end = minuteOfWeek(period.day(), period.closes());
            if (!period.closes().isAfter(period.opens())) {
                end += MINUTES_PER_DAY;
            }
            if (end > MINUTES_PER_WEEK) {
                ranges.add(Map.of("gte", start, "lt", MINUTES_PER_WEEK));
                ranges.add(Map.of("gte", 0, "lt", end - MINUTES_PER_WEEK));
            } else {
                ranges.add(Map.of("gte", start, "lt", end));
            }
        }
        return ranges;
    }

    static int minuteOfWeek(DayOfWeek day, LocalTime time) {
        return (day.getValue() - 1) * MINUTES_PER_DAY + time.getHour() * 60 + time.getMinute();
    }
}
