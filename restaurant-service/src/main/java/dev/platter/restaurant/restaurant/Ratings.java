package dev.platter.restaurant.restaurant;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Running rating totals of restaurants and riders. Adding a rating is one atomic upsert that returns the new totals,
 * so concurrent reviews never lose one and each review learns the average it produced.
 */
@Component
public class Ratings {

    private final NamedParameterJdbcTemplate jdbc;

    Ratings(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Rating addRestaurantRating(UUID restaurantId, int stars) {
        return add("restaurant_ratings", "restaurant_id", restaurantId, stars);
    }

    public Rating addRiderRating(UUID riderId, int stars) {
        return add("rider_ratings", "rider_id", riderId, stars);
    }

    private Rating add(String table, String key, UUID id, int stars) {
        return jdbc.queryForObject(
                "insert into " + table + " (" + key + ", rating_sum, rating_count) values (:id, :stars, 1) "
                        + "on conflict (" + key + ") do update set rating_sum = " + table + ".rating_sum + :stars, "
                        + "rating_count = " + table + ".rating_count + 1 returning rating_sum, rating_count",
                Map.of("id", id, "stars", stars),
                (row, n) -> Rating.of(row.getLong(1), row.getInt(2)));
    }

    public Rating ofRestaurant(UUID restaurantId) {
        return ofRestaurants(java.util.List.of(restaurantId)).getOrDefault(restaurantId, Rating.NONE);
    }

    public Map<UUID, Rating> ofRestaurants(Collection<UUID> restaurantIds) {
        var ratings = new HashMap<UUID, Rating>();
        if (restaurantIds.isEmpty()) {
            return ratings;
        }
        jdbc.query(
                "select restaurant_id, rating_sum, rating_count from restaurant_ratings where restaurant_id in (:ids)",
                Map.of("ids", restaurantIds),
                row -> {
                    ratings.put(row.getObject(1, UUID.class), Rating.of(row.getLong(2), row.getInt(3)));
                });
        return ratings;
    }
}
