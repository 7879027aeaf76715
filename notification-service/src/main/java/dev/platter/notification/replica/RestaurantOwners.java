package dev.platter.notification.replica;

import dev.platter.platform.events.restaurant.RestaurantUpserted;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** restaurantId → owner, name and time zone, from RestaurantUpserted (the latest version wins). */
@Repository
public class RestaurantOwners {

    /** What notifications need to know of a restaurant. */
    public record Restaurant(UUID restaurantId, UUID ownerId, String name, String zoneId) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    RestaurantOwners(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void apply(RestaurantUpserted event) {
        jdbc.sql(
                        """
                        insert into restaurant_owner (restaurant_id, owner_id, name, zone_id, version, updated_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (restaurant_id) do update set owner_id = excluded.owner_id, name = excluded.name,
                            zone_id = excluded.zone_id, version = excluded.version, updated_at = excluded.updated_at
                        where restaurant_owner.version < excluded.version
                        """)
                .params(
                        event.restaurantId(),
                        event.ownerId(),
                        event.name(),
                        event.zoneId(),
                        event.version(),
                        Timestamp.from(clock.instant()))
                .update();
    }

    public Optional<Restaurant> find(UUID restaurantId) {
        return jdbc.sql("select restaurant_id, owner_id, name, zone_id from restaurant_owner where restaurant_id = ?")
                .param(restaurantId)
                .query((rs, row) -> new Restaurant(
                        rs.getObject("restaurant_id", UUID.class),
                        rs.getObject("owner_id", UUID.class),
                        rs.getString("name"),
                        rs.getString("zone_id")))
                .optional();
    }

    public boolean isOwner(UUID restaurantId, UUID userId) {
        return find(restaurantId).map(r -> r.ownerId().equals(userId)).orElse(false);
    }
}
