package dev.platter.platform.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.platter.platform.web.config.PlatterProperties;
import java.time.Duration;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Knows whether a user is suspended. user-service adds suspended ids to one Redis set ({@link #KEY}); every token
 * check asks it, caching each answer for at most {@code platter.security.suspension-cache-ttl} (capped at a minute)
 * so a suspension takes effect everywhere within a minute without a Redis round trip per request.
 *
 * <p>If Redis cannot be asked, the check lets the request through and logs it: the token still expires within its
 * short lifetime, and an outage of the cache must not take every service down with it.
 */
public class SuspendedUsers {

    /** The Redis set of suspended user ids (before the configured key prefix). */
    public static final String KEY = "platter:suspended-users";

    private static final Logger log = LoggerFactory.getLogger(SuspendedUsers.class);
    private static final Duration MAX_CACHE = Duration.ofMinutes(1);

    private final Cache<String, Boolean> answers;
    private final String key;

    public SuspendedUsers(PlatterProperties properties) {
        var ttl = properties.security().suspensionCacheTtl();
        this.answers = Caffeine.newBuilder()
                .expireAfterWrite(ttl.compareTo(MAX_CACHE) > 0 ? MAX_CACHE : ttl)
                .maximumSize(100_000)
                .build();
        this.key = properties.redis().key(KEY);
    }

    /** The Redis key of the set, with this run's prefix. */
    public String key() {
        return key;
    }

    /** The cached answer for this user, if there is one still fresh. */
    public Boolean cached(String userId) {
        return answers.getIfPresent(userId);
    }

    /** Remembers an answer fetched from Redis. */
    public boolean remember(String userId, boolean suspended) {
        answers.put(userId, suspended);
        return suspended;
    }

    /** Asks (through the cache) with a blocking lookup; for servlet services. */
    public boolean isSuspended(String userId, Function<String, Boolean> lookup) {
        var cached = cached(userId);
        if (cached != null) {
            return cached;
        }
        try {
            return remember(userId, Boolean.TRUE.equals(lookup.apply(userId)));
        } catch (RuntimeException e) {
            return unknown(userId, e);
        }
    }

    /** What to answer when Redis could not be asked: not suspended (not cached, so the next request asks again). */
    public boolean unknown(String userId, Throwable cause) {
        log.warn("Could not check suspension of user {}: {}", userId, cause.toString());
        return false;
    }
}
