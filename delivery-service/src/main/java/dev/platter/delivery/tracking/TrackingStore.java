package dev.platter.delivery.tracking;

import dev.platter.platform.events.GeoPoint;
import dev.platter.platform.web.config.PlatterProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/** The latest position and ETAs of each active delivery, in Redis, for the customer's tracking view. */
@Component
class TrackingStore {

    private static final Duration TTL = Duration.ofHours(6);

    /** Where the delivery's rider was, and the estimates made from there. */
    record Track(GeoPoint position, Instant at, @Nullable Instant nextStopAt, @Nullable Instant deliveryAt) {}

    private final StringRedisTemplate redis;
    private final String prefix;

    TrackingStore(StringRedisTemplate redis, PlatterProperties properties) {
        this.redis = redis;
        this.prefix = properties.redis().key("delivery:track:");
    }

    void put(UUID deliveryId, Track track) {
        var key = prefix + deliveryId;
        var fields = new java.util.HashMap<String, String>();
        fields.put("lat", Double.toString(track.position().lat()));
        fields.put("lon", Double.toString(track.position().lon()));
        fields.put("at", Long.toString(track.at().toEpochMilli()));
        if (track.nextStopAt() != null) {
            fields.put("next", Long.toString(track.nextStopAt().toEpochMilli()));
        }
        if (track.deliveryAt() != null) {
            fields.put("eta", Long.toString(track.deliveryAt().toEpochMilli()));
        }
        redis.opsForHash().putAll(key, fields);
        redis.expire(key, TTL);
    }

    Optional<Track> get(UUID deliveryId) {
        Map<Object, Object> fields = redis.opsForHash().entries(prefix + deliveryId);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Track(
                new GeoPoint(
                        Double.parseDouble((String) fields.get("lat")), Double.parseDouble((String) fields.get("lon"))),
                instant(fields.get("at")),
                instant(fields.get("next")),
                instant(fields.get("eta"))));
    }

    private static @Nullable Instant instant(@Nullable Object millis) {
        return millis == null ? null : Instant.ofEpochMilli(Long.parseLong((String) millis));
    }
}
