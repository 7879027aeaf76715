package dev.platter.search.query;

import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Reads index documents (as maps) into results. */
public final class Hits {

    private Hits() {}

    /** A restaurant hit with the dishes of its inner hits. */
    @SuppressWarnings("unchecked")
    public static RestaurantHit restaurant(Hit<Map> hit, @Nullable Location at, Instant now, int riderMetresPerMinute) {
        Map<String, Object> source = hit.source();
        var currency = string(source, "currency", "");
        var dishes = new ArrayList<RestaurantHit.DishHit>();
        var inner = hit.innerHits().get("dishes");
        if (inner != null) {
            for (var dishHit : inner.hits().hits()) {
                if (dishHit.source() != null) {
                    dishes.add(dish(dishHit.source(), currency));
                }
            }
        }
        Long distance = null;
        Integer eta = null;
        int prep = number(source, "average_prep_minutes").intValue();
        var location = (Map<String, Object>) source.get("location");
        if (at != null && location != null) {
            var there = new Location(
                    number(location, "lat").doubleValue(),
                    number(location, "lon").doubleValue());
            distance = Math.round(at.point().distanceMetresTo(there.point()));
            eta = prep + (int) Math.ceil(distance / (double) Math.max(1, riderMetresPerMinute));
        }
        var level = source.get("price_level");
        return new RestaurantHit(
                UUID.fromString(string(source, "id", "")),
                string(source, "name", ""),
                (List<String>) source.getOrDefault("cuisines", List.of()),
                (String) source.get("city"),
                new RestaurantHit.Rating(
                        number(source, "rating_average").doubleValue(),
                        number(source, "rating_count").intValue()),
                level == null ? null : ((Number) level).intValue(),
                Boolean.TRUE.equals(source.get("pure_veg")),
                openNow(source, now),
                distance,
                eta,
                prep,
                (String) source.get("image_url"),
                dishes);
    }

    static RestaurantHit.DishHit dish(JsonData data, String currency) {
        @SuppressWarnings("unchecked")
        Map<String, Object> dish = data.to(Map.class);
        return new RestaurantHit.DishHit(
                UUID.fromString(string(dish, "id", "")),
                string(dish, "name", ""),
                string(dish, "category", ""),
                number(dish, "price_minor").longValue(),
                currency,
                Boolean.TRUE.equals(dish.get("veg")),
                Boolean.TRUE.equals(dish.get("available")));
    }

    /** Open by its hours in its zone, and taking orders (or its pause has ended). */
    @SuppressWarnings("unchecked")
    static boolean openNow(Map<String, Object> source, Instant now) {
        var zone = (String) source.get("zone_id");
        var ranges = (List<Map<String, Object>>) source.getOrDefault("open_minutes", List.of());
        if (zone == null) {
            return false;
        }
        int minute = Queries.minuteOfWeek(now, java.time.ZoneId.of(zone));
        boolean open = ranges.stream()
                .anyMatch(range -> number(range, "gte").intValue() <= minute
                        && minute < number(range, "lt").intValue());
        var pausedUntil = (String) source.get("paused_until");
        boolean taking = Boolean.TRUE.equals(source.get("accepting_orders"))
                || pausedUntil != null && !now.isBefore(Instant.parse(pausedUntil));
        return open && taking;
    }

    static String string(Map<String, Object> source, String field, String otherwise) {
        var value = source.get(field);
        return value == null ? otherwise : value.toString();
    }

    static Number number(Map<String, Object> source, String field) {
        var value = source.get(field);
        return value instanceof Number number ? number : 0;
    }

    /** Restaurant hits of a search, in its order. */
    public static List<RestaurantHit> restaurants(
            List<Hit<Map>> hits, @Nullable Location at, Instant now, int riderMetresPerMinute) {
        return hits.stream()
                .filter(hit -> hit.source() != null)
                .map(hit -> restaurant(hit, at, now, riderMetresPerMinute))
                .toList();
    }
}
