package dev.platter.search.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The replica of restaurants the index is written from. Every change is one upsert that takes each part of a
 * {@link Snapshot} only when its version is newer than the part held, so events applied twice, late or out of order,
 * and an export racing them, all end in the newest state; the row lock of the upsert orders concurrent writers.
 */
@Component
public class Catalogue {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Dish>> DISHES = new TypeReference<>() {};

    private static final String MERGE =
            """
            insert into catalogue_restaurants as c (restaurant_id, profile, profile_version, accepting_orders,
                paused_until, availability_version, dishes, menu_version, rating_average, rating_count, updated_at)
            values (?, ?::jsonb, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)
            on conflict (restaurant_id) do update set
                profile = case when excluded.profile_version > c.profile_version
                    then excluded.profile else c.profile end,
                profile_version = greatest(c.profile_version, excluded.profile_version),
                accepting_orders = case when excluded.availability_version > c.availability_version
                    then excluded.accepting_orders else c.accepting_orders end,
                paused_until = case when excluded.availability_version > c.availability_version
                    then excluded.paused_until else c.paused_until end,
                availability_version = greatest(c.availability_version, excluded.availability_version),
                dishes = case when excluded.menu_version > c.menu_version then excluded.dishes else c.dishes end,
                menu_version = greatest(c.menu_version, excluded.menu_version),
                rating_average = case when excluded.rating_count > c.rating_count
                    then excluded.rating_average else c.rating_average end,
                rating_count = greatest(c.rating_count, excluded.rating_count),
                revision = c.revision + 1,
                updated_at = excluded.updated_at
            where excluded.profile_version > c.profile_version
                or excluded.availability_version > c.availability_version
                or excluded.menu_version > c.menu_version
                or excluded.rating_count > c.rating_count
            """;

    private static final String SELECT =
            """
            select restaurant_id, profile, accepting_orders, paused_until, dishes, rating_average, rating_count,
                orders_count, revision
            from catalogue_restaurants
            """;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Catalogue(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Takes what is newer in {@code snapshot}.
     *
     * @return whether anything changed (false: everything in it was already superseded)
     */
    public boolean merge(Snapshot snapshot) {
        return jdbc.update(
                        MERGE,
                        snapshot.restaurantId(),
                        snapshot.profile() == null ? null : JSON.writeValueAsString(snapshot.profile()),
                        snapshot.profileVersion(),
                        snapshot.acceptingOrders(),
                        snapshot.pausedUntil() == null ? null : Timestamp.from(snapshot.pausedUntil()),
                        snapshot.availabilityVersion(),
                        snapshot.dishes() == null ? null : JSON.writeValueAsString(snapshot.dishes()),
                        snapshot.menuVersion(),
                        snapshot.ratingAverage(),
                        snapshot.ratingCount(),
                        Timestamp.from(clock.instant()))
                > 0;
    }

    /** Counts an order placed with the restaurant and with each of its dishes (popularity). */
    public void orderPlaced(UUID restaurantId, Collection<UUID> menuItemIds) {
        jdbc.update(
                """
                insert into catalogue_restaurants as c (restaurant_id, orders_count, updated_at) values (?, 1, ?)
                on conflict (restaurant_id) do update
                    set orders_count = c.orders_count + 1, revision = c.revision + 1, updated_at = excluded.updated_at
                """,
                restaurantId,
                Timestamp.from(clock.instant()));
        for (var menuItemId : menuItemIds) {
            jdbc.update(
                    """
                    insert into dish_orders as d (menu_item_id, restaurant_id, orders_count) values (?, ?, 1)
                    on conflict (menu_item_id) do update set orders_count = d.orders_count + 1
                    """,
                    menuItemId,
                    restaurantId);
        }
    }

    public Optional<CatalogueEntry> find(UUID restaurantId) {
        return entries(SELECT + " where restaurant_id = ?", restaurantId).stream()
                .findFirst();
    }

    /** Up to {@code limit} restaurants after {@code after} (by id), for copying the whole catalogue page by page. */
    public List<CatalogueEntry> page(@Nullable UUID after, int limit) {
        return after == null
                ? entries(SELECT + " order by restaurant_id limit ?", limit)
                : entries(SELECT + " where restaurant_id > ? order by restaurant_id limit ?", after, limit);
    }

    /** Restaurants changed since they were last written to the index. */
    public List<CatalogueEntry> unindexed(int limit) {
        return entries(SELECT + " where indexed_revision < revision limit ?", limit);
    }

    /** Records that the index holds {@code revision} of the restaurant (or a later one). */
    public void indexed(UUID restaurantId, long revision) {
        jdbc.update(
                "update catalogue_restaurants set indexed_revision = greatest(indexed_revision, ?) where restaurant_id = ?",
                revision,
                restaurantId);
    }

    /** The cuisines of a restaurant as the replica knows them now. */
    public List<String> cuisines(UUID restaurantId) {
        return find(restaurantId)
                .map(CatalogueEntry::profile)
                .map(Profile::cuisines)
                .orElse(List.of());
    }

    private List<CatalogueEntry> entries(String sql, Object... args) {
        var rows = jdbc.query(sql, (result, row) -> row(result), args);
        if (rows.isEmpty()) {
            return List.of();
        }
        var dishOrders = new HashMap<UUID, Map<UUID, Long>>();
        var ids = rows.stream().map(Row::restaurantId).toArray(UUID[]::new);
        jdbc.query(
                "select restaurant_id, menu_item_id, orders_count from dish_orders where restaurant_id = any(?)",
                result -> {
                    dishOrders
                            .computeIfAbsent(result.getObject(1, UUID.class), id -> new HashMap<>())
                            .put(result.getObject(2, UUID.class), result.getLong(3));
                },
                (Object) ids);
        var entries = new ArrayList<CatalogueEntry>(rows.size());
        for (var row : rows) {
            entries.add(new CatalogueEntry(
                    row.restaurantId(),
                    row.profile(),
                    row.acceptingOrders(),
                    row.pausedUntil() == null ? null : row.pausedUntil().toInstant(),
                    row.dishes(),
                    row.ratingAverage(),
                    row.ratingCount(),
                    row.ordersCount(),
                    dishOrders.getOrDefault(row.restaurantId(), Map.of()),
                    row.revision()));
        }
        return entries;
    }

    private record Row(
            UUID restaurantId,
            @Nullable Profile profile,
            boolean acceptingOrders,
            @Nullable Timestamp pausedUntil,
            List<Dish> dishes,
            double ratingAverage,
            int ratingCount,
            long ordersCount,
            long revision) {}

    private static Row row(ResultSet result) throws SQLException {
        var profile = result.getString("profile");
        var dishes = result.getString("dishes");
        return new Row(
                result.getObject("restaurant_id", UUID.class),
                profile == null ? null : JSON.readValue(profile, Profile.class),
                result.getBoolean("accepting_orders"),
                result.getTimestamp("paused_until"),
                dishes == null ? List.of() : JSON.readValue(dishes, DISHES),
                result.getDouble("rating_average"),
                result.getInt("rating_count"),
                result.getLong("orders_count"),
                result.getLong("revision"));
    }
}
