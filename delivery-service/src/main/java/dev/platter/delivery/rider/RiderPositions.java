package dev.platter.delivery.rider;

import dev.platter.platform.events.GeoPoint;
import dev.platter.platform.web.config.PlatterProperties;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.geo.Distance;
import org.springframework.data.geo.Point;
import org.springframework.data.redis.connection.RedisGeoCommands;
import org.springframework.data.redis.connection.RedisGeoCommands.GeoSearchCommandArgs;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.data.redis.domain.geo.GeoReference;
import org.springframework.stereotype.Component;

/**
 * Live rider positions in Redis: each rider's last position (kept while they work, for checks and ETAs), and for
 * riders who take offers a GEO set to search near a restaurant plus when each was last heard from, so a silent rider
 * drops out of dispatch. A position older than the last one stored never replaces it, even across instances.
 */
@Component
public class RiderPositions {

    /** Stores the position if it is newer than the stored one; for a rider taking offers also in the GEO set. */
    private static final RedisScript<Long> RECORD = RedisScript.of(
            """
            local last = redis.call('HGET', KEYS[1], 'at')
            if last and tonumber(last) >= tonumber(ARGV[3]) then return 0 end
            redis.call('HSET', KEYS[1], 'lat', ARGV[1], 'lon', ARGV[2], 'at', ARGV[3])
            redis.call('PEXPIRE', KEYS[1], ARGV[5])
            if ARGV[4] == '1' then
              redis.call('GEOADD', KEYS[2], ARGV[2], ARGV[1], ARGV[6])
              redis.call('ZADD', KEYS[3], ARGV[3], ARGV[6])
            end
            return 1
            """,
            Long.class);

    /** A rider's last known position and when it was taken. */
    public record Position(GeoPoint point, Instant at) {}

    /** A rider found near a point, with the distance and when they were last heard from. */
    public record Nearby(UUID riderId, GeoPoint point, double distanceMetres, Instant lastSeen) {}

    private static final long LAST_POSITION_TTL_MS = 24 * 3_600_000L;

    private final StringRedisTemplate redis;
    private final String geoKey;
    private final String seenKey;
    private final String lastPrefix;

    RiderPositions(StringRedisTemplate redis, PlatterProperties properties) {
        this.redis = redis;
        this.geoKey = properties.redis().key("delivery:riders:geo");
        this.seenKey = properties.redis().key("delivery:riders:seen");
        this.lastPrefix = properties.redis().key("delivery:rider:last:");
    }

    /**
     * Stores the rider's position if it is newer than the one stored; {@code available} also puts it where dispatch
     * searches. Returns whether it was stored.
     */
    public boolean record(UUID riderId, GeoPoint point, Instant at, boolean available) {
        Long stored = redis.execute(
                RECORD,
                List.of(lastPrefix + riderId, geoKey, seenKey),
                Double.toString(point.lat()),
                Double.toString(point.lon()),
                Long.toString(at.toEpochMilli()),
                available ? "1" : "0",
                Long.toString(LAST_POSITION_TTL_MS),
                riderId.toString());
        return stored != null && stored == 1L;
    }

    /** The rider's last stored position, if any. */
    public Optional<Position> last(UUID riderId) {
        Map<Object, Object> fields = redis.opsForHash().entries(lastPrefix + riderId);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Position(
                new GeoPoint(
                        Double.parseDouble((String) fields.get("lat")), Double.parseDouble((String) fields.get("lon"))),
                Instant.ofEpochMilli(Long.parseLong((String) fields.get("at")))));
    }

    /** The rider takes no offers (offline, suspended): they leave the GEO set. Their last position stays. */
    public void unavailable(UUID riderId) {
        redis.opsForGeo().remove(geoKey, riderId.toString());
        redis.opsForZSet().remove(seenKey, riderId.toString());
    }

    /** The rider takes offers again: at their last position, if it is known. */
    public void available(UUID riderId) {
        last(riderId).ifPresent(position -> {
            redis.opsForGeo()
                    .add(
                            geoKey,
                            new Point(position.point().lon(), position.point().lat()),
                            riderId.toString());
            redis.opsForZSet().add(seenKey, riderId.toString(), position.at().toEpochMilli());
        });
    }

    /** The riders taking offers within {@code radiusMetres} of {@code center}, nearest first, at most {@code limit}. */
    public List<Nearby> near(GeoPoint center, int radiusMetres, int limit) {
        var results = redis.opsForGeo()
                .search(
                        geoKey,
                        GeoReference.fromCoordinate(center.lon(), center.lat()),
                        new Distance(radiusMetres, RedisGeoCommands.DistanceUnit.METERS),
                        GeoSearchCommandArgs.newGeoSearchArgs()
                                .includeDistance()
                                .includeCoordinates()
                                .sortAscending()
                                .limit(limit));
        if (results == null || results.getContent().isEmpty()) {
            return List.of();
        }
        var content = results.getContent();
        var members = content.stream().map(r -> r.getContent().getName()).toArray(Object[]::new);
        List<Double> seen = redis.opsForZSet().score(seenKey, members);
        var nearby = new ArrayList<Nearby>(content.size());
        for (int i = 0; i < content.size(); i++) {
            var location = content.get(i).getContent();
            Double lastSeen = seen == null ? null : seen.get(i);
            if (lastSeen == null) {
                continue;
            }
            nearby.add(new Nearby(
                    UUID.fromString(location.getName()),
                    new GeoPoint(location.getPoint().getY(), location.getPoint().getX()),
                    content.get(i).getDistance().getValue(),
                    Instant.ofEpochMilli(lastSeen.longValue())));
        }
        return nearby;
    }

    /** The riders taking offers who were last heard from before {@code cutoff}. */
    public List<UUID> silentSince(Instant cutoff, int limit) {
        var ids = redis.opsForZSet().rangeByScore(seenKey, 0, cutoff.toEpochMilli(), 0, limit);
        return ids == null ? List.of() : ids.stream().map(UUID::fromString).toList();
    }
}
