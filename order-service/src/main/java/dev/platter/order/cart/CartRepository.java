package dev.platter.order.cart;

import dev.platter.platform.web.config.PlatterProperties;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Carts in Redis, one JSON value per customer under {@code <prefix>cart:<customerId>}, expiring after the configured
 * time without a change. Writes are compare-and-set against the value read, so two concurrent changes never lose one.
 */
@Repository
class CartRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Sets KEYS[1] to ARGV[2] with a TTL of ARGV[3] ms if it still holds ARGV[1] ("" meaning absent). */
    private static final RedisScript<Long> COMPARE_AND_SET = RedisScript.of(
            """
            local current = redis.call('GET', KEYS[1])
            if (current == false and ARGV[1] == '') or current == ARGV[1] then
              if ARGV[2] == '' then
                redis.call('DEL', KEYS[1])
              else
                redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
              end
              return 1
            end
            return 0
            """,
            Long.class);

    private final StringRedisTemplate redis;
    private final PlatterProperties platter;
    private final CartProperties properties;

    CartRepository(StringRedisTemplate redis, PlatterProperties platter, CartProperties properties) {
        this.redis = redis;
        this.platter = platter;
        this.properties = properties;
    }

    /** A stored cart and the exact value it was read from (for the compare-and-set). */
    record Stored(Cart cart, String value) {}

    Optional<Stored> find(UUID customerId) {
        var value = redis.opsForValue().get(key(customerId));
        return value == null ? Optional.empty() : Optional.of(new Stored(JSON.readValue(value, Cart.class), value));
    }

    /** Replaces what was read ({@code previous}, null when there was nothing) with {@code next}; false if raced. */
    boolean replace(UUID customerId, String previous, Cart next) {
        var value = next.isEmpty() ? "" : JSON.writeValueAsString(next);
        var done = redis.execute(
                COMPARE_AND_SET,
                List.of(key(customerId)),
                previous,
                value,
                Long.toString(properties.ttl().toMillis()));
        return done != null && done == 1L;
    }

    String key(UUID customerId) {
        return platter.redis().key("cart:" + customerId);
    }
}
