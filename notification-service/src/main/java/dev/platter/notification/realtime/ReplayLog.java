package dev.platter.notification.realtime;

import dev.platter.notification.config.NotificationProperties;
import dev.platter.platform.web.config.PlatterProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * The recent messages of every stream, kept in Redis (a sorted set per stream, scored by the time the hub sent them)
 * for the replay retention, so a client that reconnects can ask for what it missed since a time, whichever instance
 * it reaches. Fan-out goes over one Redis pub/sub channel that every instance listens on.
 */
@Component
class ReplayLog {

    /** Keep, trim, expire and tell every instance, in one round trip. */
    private static final RedisScript<Long> PUBLISH = RedisScript.of(
            """
            redis.call('ZADD', KEYS[1], ARGV[1], ARGV[2])
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[3])
            redis.call('EXPIRE', KEYS[1], ARGV[4])
            return redis.call('PUBLISH', ARGV[5], ARGV[2])
            """,
            Long.class);

    private final StringRedisTemplate redis;
    private final PlatterProperties.Redis keys;
    private final NotificationProperties.Realtime properties;
    private final Clock clock;

    ReplayLog(StringRedisTemplate redis, PlatterProperties platter, NotificationProperties properties, Clock clock) {
        this.redis = redis;
        this.keys = platter.redis();
        this.properties = properties.realtime();
        this.clock = clock;
    }

    String channel() {
        return keys.key("ws:fanout");
    }

    /** Keeps the message for replay and tells every instance. */
    void publish(String stream, Instant at, String json) {
        var key = key(stream);
        var retention = properties.replayRetention();
        var oldest = clock.instant().minus(retention).toEpochMilli();
        redis.execute(
                PUBLISH,
                List.of(key),
                Long.toString(at.toEpochMilli()),
                json,
                Long.toString(oldest),
                Long.toString(Math.max(1, retention.toSeconds())),
                channel());
    }

    /** The stream's messages sent after {@code since}, oldest first. */
    List<String> since(String stream, Instant since) {
        Set<String> messages =
                redis.opsForZSet().rangeByScore(key(stream), since.toEpochMilli() + 1, Double.POSITIVE_INFINITY);
        return messages == null ? List.of() : List.copyOf(messages);
    }

    private String key(String stream) {
        return keys.key("ws:log:" + stream);
    }
}
