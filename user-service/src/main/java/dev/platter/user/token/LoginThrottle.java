package dev.platter.user.token;

import dev.platter.platform.web.config.PlatterProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins in Redis per account and per client address, each in a fixed window that starts with the
 * first failure; once either count reaches its limit, logins are refused until that window ends. A success clears the
 * account's count. Emails are hashed in the keys, so Redis holds no personal data.
 *
 * <p>If Redis cannot be reached the throttle lets logins through (and logs it): an outage of the cache must not lock
 * every customer out, and Argon2 still makes each guess expensive.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    /** Counts one failure; the first failure of a window sets its expiry, atomically. */
    private static final RedisScript<Long> COUNT_FAILURE = RedisScript.of(
            """
            local failures = redis.call('INCR', KEYS[1])
            if failures == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            return failures
            """,
            Long.class);

    private final StringRedisTemplate redis;
    private final LoginThrottleProperties properties;
    private final String accountKeys;
    private final String addressKeys;

    LoginThrottle(StringRedisTemplate redis, LoginThrottleProperties properties, PlatterProperties platter) {
        this.redis = redis;
        this.properties = properties;
        this.accountKeys = platter.redis().key("platter:users:login-failures:account:");
        this.addressKeys = platter.redis().key("platter:users:login-failures:address:");
    }

    /** @throws TokenProblems.TooManyLoginAttempts if the account or the address is throttled */
    void check(String email, String address) {
        Duration wait;
        try {
            wait = longest(
                    blocked(accountKey(email), properties.maxFailuresPerAccount()),
                    blocked(addressKey(address), properties.maxFailuresPerAddress()));
        } catch (DataAccessException e) {
            log.warn("Login throttle unavailable, letting the attempt through: {}", e.toString());
            return;
        }
        if (wait != null) {
            throw new TokenProblems.TooManyLoginAttempts(wait);
        }
    }

    void failed(String email, String address) {
        var window = Long.toString(properties.window().toMillis());
        try {
            redis.execute(COUNT_FAILURE, List.of(accountKey(email)), window);
            redis.execute(COUNT_FAILURE, List.of(addressKey(address)), window);
        } catch (DataAccessException e) {
            log.warn("Login throttle unavailable, failure not counted: {}", e.toString());
        }
    }

    void succeeded(String email) {
        try {
            redis.delete(accountKey(email));
        } catch (DataAccessException e) {
            log.warn("Login throttle unavailable, failures not cleared: {}", e.toString());
        }
    }

    private @Nullable Duration blocked(String key, int limit) {
        var failures = redis.opsForValue().get(key);
        if (failures == null || Long.parseLong(failures) < limit) {
            return null;
        }
        Long millis = redis.getExpire(key, TimeUnit.MILLISECONDS);
        return Duration.ofMillis(
                millis == null || millis < 0 ? properties.window().toMillis() : millis);
    }

    private String accountKey(String email) {
        return accountKeys + sha256(email.strip().toLowerCase(Locale.ROOT));
    }

    private String addressKey(String address) {
        return addressKeys + address;
    }

    private static @Nullable Duration longest(@Nullable Duration first, @Nullable Duration second) {
        if (first == null) {
            return second;
        }
        return second == null || first.compareTo(second) >= 0 ? first : second;
    }

    static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
