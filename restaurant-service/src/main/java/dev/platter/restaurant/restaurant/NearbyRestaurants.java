package dev.platter.restaurant.restaurant;

import dev.platter.platform.events.GeoPoint;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Published restaurants that deliver to a point: within each one's own delivery radius, nearest first. A bounding box
 * around the point (as wide as the largest radius allowed) lets the index narrow the rows before the exact
 * great-circle distance decides.
 */
@Component
class NearbyRestaurants {

    /** One hit: which restaurant, how far. */
    record Hit(UUID restaurantId, double distanceMetres) {}

    /** A page of hits and how many there are in all. */
    record Hits(List<Hit> hits, long total) {}

    private static final double METRES_PER_DEGREE_LAT = 111_320.0;

    private static final String DISTANCE =
            """
            (2 * 6371008.8 * asin(least(1, sqrt(
                power(sin(radians(lat - :lat) / 2), 2)
                + cos(radians(:lat)) * cos(radians(lat)) * power(sin(radians(lon - :lon) / 2), 2)))))
            """;

    private static final String CANDIDATES =
            """
            select id, %s as distance, delivery_radius_metres from restaurants
            where status = 'PUBLISHED'
              and lat between :minLat and :maxLat and lon between :minLon and :maxLon
              and (cast(:cuisine as text) is null or cast(:cuisine as text) = any (cuisine_keys))
            """
                    .formatted(DISTANCE);

    private final NamedParameterJdbcTemplate jdbc;

    NearbyRestaurants(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Hits near(GeoPoint point, @Nullable String cuisine, int maxRadiusMetres, int page, int size) {
        double latSpan = maxRadiusMetres / METRES_PER_DEGREE_LAT;
        double cos = Math.max(0.01, Math.cos(Math.toRadians(point.lat())));
        double lonSpan = Math.min(180, latSpan / cos);
        var parameters = new MapSqlParameterSource()
                .addValue("lat", point.lat())
                .addValue("lon", point.lon())
                .addValue("minLat", point.lat() - latSpan)
                .addValue("maxLat", point.lat() + latSpan)
                .addValue("minLon", point.lon() - lonSpan)
                .addValue("maxLon", point.lon() + lonSpan)
                .addValue("cuisine", cuisine == null ? null : Restaurant.cuisineKey(cuisine))
                .addValue("limit", size)
                .addValue("offset", (long) page * size);
        var hits = jdbc.query(
                "select id, distance from (" + CANDIDATES + ") c where distance <= delivery_radius_metres "
                        + "order by distance, id limit :limit offset :offset",
                parameters,
                (row, n) -> new Hit(row.getObject(1, UUID.class), row.getDouble(2)));
        Long total = jdbc.queryForObject(
                "select count(*) from (" + CANDIDATES + ") c where distance <= delivery_radius_metres",
                parameters,
                Long.class);
        return new Hits(hits, total == null ? 0 : total);
    }
}
