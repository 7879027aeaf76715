package dev.platter.analytics.restaurant;

import dev.platter.platform.events.restaurant.RestaurantUpserted;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * restaurantId to owner, name and city, kept from RestaurantUpserted (the newest version wins, an older one arriving
 * late changes nothing).
 */
@Component
public class RestaurantReplica {

    /** What the replica knows of a restaurant. */
    public record Restaurant(UUID id, UUID ownerId, String name, String city) {}

    private static final String COLUMNS = "select restaurant_id, owner_id, name, city from restaurant_replica ";
    private static final RowMapper<Restaurant> ROW = (rs, i) ->
            new Restaurant(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4));

    private final JdbcTemplate jdbc;

    RestaurantReplica(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Applies the profile unless a newer one is already kept. */
    public void on(RestaurantUpserted event) {
        jdbc.update(
                """
                insert into restaurant_replica (restaurant_id, owner_id, name, city, version) values (?, ?, ?, ?, ?)
                on conflict (restaurant_id) do update set owner_id = excluded.owner_id, name = excluded.name,
                    city = excluded.city, version = excluded.version
                where restaurant_replica.version < excluded.version
                """,
                event.restaurantId(),
                event.ownerId(),
                event.name(),
                event.address().city(),
                event.version());
    }

    /** The restaurants this user owns. */
    public List<Restaurant> ownedBy(UUID ownerId) {
        return jdbc.query(COLUMNS + "where owner_id = ? order by name", ROW, ownerId);
    }

    public Optional<Restaurant> find(UUID restaurantId) {
        return jdbc.query(COLUMNS + "where restaurant_id = ?", ROW, restaurantId).stream()
                .findFirst();
    }

    /** The names of those restaurants the replica knows. */
    public Map<UUID, Restaurant> byId(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var array = ids.stream().map(UUID::toString).toArray(String[]::new);
        return jdbc.query(COLUMNS + "where restaurant_id = any(?::uuid[])", ROW, (Object) array).stream()
                .collect(Collectors.toMap(Restaurant::id, r -> r));
    }
}
