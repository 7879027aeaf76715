package dev.platter.restaurant.menu;

import dev.platter.platform.events.restaurant.MenuChanged;
import dev.platter.platform.events.restaurant.RestaurantUpserted;
import dev.platter.platform.web.config.PlatterProperties;
import dev.platter.restaurant.config.RestaurantProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Published menus in Redis, cache-aside. A read that misses loads the menu once: requests of this instance wait for
 * the one load in flight, and instances share a short Redis lock so only one of them goes to Postgres while the
 * others wait for its result. A committed change deletes the entry and raises a version floor, so a load that read
 * the old menu before the change can never put it back. When Redis is unreachable, reads go to Postgres.
 */
@Component
class MenuCache {

    /** A cached menu: its version (for the ETag) and its JSON, ready to send. */
    record Entry(long version, String json) {

        String encoded() {
            return version + ":" + json;
        }

        static Optional<Entry> decodeOrAbsent(String value) {
            return value.equals(ABSENT) ? Optional.empty() : Optional.of(decode(value));
        }

        static Entry decode(String value) {
            int colon = value.indexOf(':');
            return new Entry(Long.parseLong(value.substring(0, colon)), value.substring(colon + 1));
        }
    }

    private static final Logger log = LoggerFactory.getLogger(MenuCache.class);

    /** Cached for a restaurant customers cannot see, briefly, so its owner's reads and probes skip the load. */
    private static final String ABSENT = "-";

    private static final Duration ABSENT_TTL = Duration.ofSeconds(5);
    private static final Duration LOCK_TTL = Duration.ofSeconds(5);
    private static final long POLL_MILLIS = 20;

    private static final RedisScript<Long> STORE = RedisScript.of(
            """
            local floor = tonumber(redis.call('GET', KEYS[2]) or '-1')
            local version = tonumber(ARGV[1])
            if version < floor then return 0 end
            local current = redis.call('GET', KEYS[1])
            if current then
              local cached = tonumber(string.match(current, '^(%d+):'))
              if cached and cached > version then return 0 end
            end
            redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
            return 1
            """,
            Long.class);

    private static final RedisScript<Long> INVALIDATE = RedisScript.of(
            """
            local floor = tonumber(redis.call('GET', KEYS[2]) or '-1')
            if tonumber(ARGV[1]) > floor then redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2]) end
            redis.call('DEL', KEYS[1])
            return 1
            """,
            Long.class);

    private static final RedisScript<Long> UNLOCK = RedisScript.of(
            "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0", Long.class);

    private final StringRedisTemplate redis;
    private final PlatterProperties.Redis keys;
    private final RestaurantProperties properties;
    private final ConcurrentHashMap<UUID, CompletableFuture<Optional<Entry>>> inFlight = new ConcurrentHashMap<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "menu-load-wait");
        thread.setDaemon(true);
        return thread;
    });
    private final Counter hits;
    private final Counter misses;
    private final Counter loads;

    MenuCache(
            StringRedisTemplate redis,
            PlatterProperties platter,
            RestaurantProperties properties,
            MeterRegistry meters) {
        this.redis = redis;
        this.keys = platter.redis();
        this.properties = properties;
        this.hits = result(meters, "hit");
        this.misses = result(meters, "miss");
        this.loads = Counter.builder("platter.menu.cache.loads")
                .description("Menus loaded from Postgres to fill the cache")
                .register(meters);
    }

    private static Counter result(MeterRegistry meters, String result) {
        return Counter.builder("platter.menu.cache.requests")
                .description("Menu reads, by whether Redis had the menu")
                .tag("result", result)
                .register(meters);
    }

    /**
     * The cached menu, or what {@code loader} reads from Postgres; empty when there is no such published menu (which
     * is remembered for a few seconds only, so an approval shows at once after its invalidation, or shortly after).
     */
    Optional<Entry> read(UUID restaurantId, Supplier<Optional<Entry>> loader) {
        try {
            var cached = redis.opsForValue().get(key(restaurantId));
            if (cached != null) {
                hits.increment();
                return Entry.decodeOrAbsent(cached);
            }
        } catch (DataAccessException redisDown) {
            log.warn("Menu cache unavailable, reading {} from the database", restaurantId, redisDown);
            return counted(loader);
        }
        misses.increment();
        var mine = new CompletableFuture<Optional<Entry>>();
        var running = inFlight.putIfAbsent(restaurantId, mine);
        if (running != null) {
            return await(running, restaurantId, loader);
        }
        try {
            var loaded = loadOnce(restaurantId, loader);
            mine.complete(loaded);
            return loaded;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(restaurantId, mine);
        }
    }

    private Optional<Entry> await(
            CompletableFuture<Optional<Entry>> running, UUID restaurantId, Supplier<Optional<Entry>> loader) {
        try {
            return running.get(properties.menuLoadWait().toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted waiting for the menu of " + restaurantId, e);
        } catch (ExecutionException | TimeoutException e) {
            return counted(loader);
        }
    }

    /** Loads across instances once: the holder of the Redis lock loads, the others wait for what it stores. */
    private Optional<Entry> loadOnce(UUID restaurantId, Supplier<Optional<Entry>> loader) {
        var lock = keys.key("menu-lock:" + restaurantId);
        var token = UUID.randomUUID().toString();
        if (Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(lock, token, LOCK_TTL))) {
            try {
                // a load that finished between our miss and our lock has left its result
                var stored = redis.opsForValue().get(key(restaurantId));
                if (stored != null) {
                    return Entry.decodeOrAbsent(stored);
                }
                return loadAndStore(restaurantId, loader);
            } finally {
                redis.execute(UNLOCK, List.of(lock), token);
            }
        }
        var stored = storedByTheLockHolder(restaurantId, lock);
        return stored != null ? Entry.decodeOrAbsent(stored) : loadAndStore(restaurantId, loader);
    }

    /**
     * What the instance holding the load lock stores, checked every few milliseconds on the poller thread; null when
     * it gave up (the lock went without a value) or took longer than the load wait.
     */
    private @Nullable String storedByTheLockHolder(UUID restaurantId, String lock) {
        var stored = new CompletableFuture<@Nullable String>();
        long deadline = System.nanoTime() + properties.menuLoadWait().toNanos();
        var check = new Runnable() {
            @Override
            public void run() {
                try {
                    var cached = redis.opsForValue().get(key(restaurantId));
                    if (cached != null || redis.hasKey(lock) != Boolean.TRUE || System.nanoTime() >= deadline) {
                        stored.complete(cached);
                    } else {
                        poller.schedule(this, POLL_MILLIS, TimeUnit.MILLISECONDS);
                    }
                } catch (RuntimeException e) {
                    stored.complete(null);
                }
            }
        };
        poller.execute(check);
        return stored.join();
    }

    @PreDestroy
    void stop() {
        poller.shutdownNow();
    }

    private Optional<Entry> loadAndStore(UUID restaurantId, Supplier<Optional<Entry>> loader) {
        var loaded = counted(loader);
        if (loaded.isPresent()) {
            redis.execute(
                    STORE,
                    List.of(key(restaurantId), floorKey(restaurantId)),
                    Long.toString(loaded.get().version()),
                    loaded.get().encoded(),
                    Long.toString(properties.menuCacheTtl().toMillis()));
        } else {
            redis.opsForValue().setIfAbsent(key(restaurantId), ABSENT, ABSENT_TTL);
        }
        return loaded;
    }

    private Optional<Entry> counted(Supplier<Optional<Entry>> loader) {
        loads.increment();
        return loader.get();
    }

    /** After a menu change commits: its cached copy goes, and nothing older than it may come back. */
    @TransactionalEventListener
    void on(MenuChanged changed) {
        invalidate(changed.restaurantId(), changed.version());
    }

    /** After a restaurant change commits (published or not, currency): its menu is read afresh. */
    @TransactionalEventListener
    void on(RestaurantUpserted upserted) {
        invalidate(upserted.restaurantId(), -1);
    }

    void invalidate(UUID restaurantId, long version) {
        try {
            redis.execute(
                    INVALIDATE,
                    List.of(key(restaurantId), floorKey(restaurantId)),
                    Long.toString(version),
                    Long.toString(properties.menuCacheTtl().multipliedBy(2).toMillis()));
        } catch (DataAccessException redisDown) {
            // entries expire by their TTL; a change made while Redis is down shows once they do
            log.error("Could not invalidate the cached menu of {}", restaurantId, redisDown);
        }
    }

    private String key(UUID restaurantId) {
        return keys.key("menu:" + restaurantId);
    }

    private String floorKey(UUID restaurantId) {
        return keys.key("menu-floor:" + restaurantId);
    }

    @Nullable
    String peek(UUID restaurantId) {
        return redis.opsForValue().get(key(restaurantId));
    }
}
