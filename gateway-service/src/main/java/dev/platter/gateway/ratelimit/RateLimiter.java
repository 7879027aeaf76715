package dev.platter.gateway.ratelimit;

import dev.platter.gateway.config.GatewayProperties;
import dev.platter.platform.web.config.PlatterProperties;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Fixed-window counters, one per budget and window ({@code <prefix>platter:ratelimit:<budget>:<id>}), counted in
 * Redis so every gateway instance shares them: one round trip (a Lua script) checks all budgets of a request.
 *
 * <p>When Redis cannot answer within {@code redis-timeout}, the same budgets are counted in this instance's memory
 * ({@link LocalRateLimiter}) for {@code redis-retry-after}, then Redis is asked again. So an outage of Redis never
 * makes login unlimited (each instance enforces the budget on its own, at worst instances × budget in total) and never
 * blocks traffic either.
 */
@Component
public class RateLimiter {

    private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);

    /** KEYS: one counter per budget; ARGV: window in ms per key. Returns count and remaining ms per key. */
    private static final RedisScript<List<Long>> SCRIPT = RedisScript.of(
            """
            local result = {}
            for i, key in ipairs(KEYS) do
              local count = redis.call('INCR', key)
              local ttl = redis.call('PTTL', key)
              if ttl < 0 then
                redis.call('PEXPIRE', key, ARGV[i])
                ttl = tonumber(ARGV[i])
              end
              result[2 * i - 1] = count
              result[2 * i] = ttl
            end
            return result
            """,
            (Class<List<Long>>) (Class<?>) List.class);

    private final ReactiveStringRedisTemplate redis;
    private final String keyPrefix;
    private final Duration redisTimeout;
    private final Duration redisRetryAfter;
    private final LocalRateLimiter local;
    private final Clock clock;
    private final AtomicLong redisRetryAt = new AtomicLong();

    RateLimiter(
            ReactiveStringRedisTemplate redis,
            PlatterProperties platter,
            GatewayProperties properties,
            LocalRateLimiter local,
            Clock clock) {
        this.redis = redis;
        this.keyPrefix = platter.redis().key("platter:ratelimit:");
        this.redisTimeout = properties.rateLimits().redisTimeout();
        this.redisRetryAfter = properties.rateLimits().redisRetryAfter();
        this.local = local;
        this.clock = clock;
    }

    /** Counts this request against each budget; the verdict names the budget exceeded, if any. */
    public Mono<Verdict> check(List<Budget> budgets) {
        if (budgets.isEmpty()) {
            return Mono.just(Verdict.ALLOWED);
        }
        if (clock.millis() < redisRetryAt.get()) {
            return Mono.just(local.check(budgets));
        }
        var keys = budgets.stream().map(budget -> keyPrefix + budget.key()).toList();
        var windows = budgets.stream()
                .map(budget -> Long.toString(budget.limit().window().toMillis()))
                .toList();
        return redis.execute(SCRIPT, keys, windows)
                .next()
                .timeout(redisTimeout)
                .map(counts -> verdict(budgets, counts))
                .onErrorResume(e -> {
                    if (redisRetryAt.getAndSet(clock.millis() + redisRetryAfter.toMillis()) < clock.millis()) {
                        log.warn(
                                "Rate limits fall back to local counters for {}: Redis failed: {}",
                                redisRetryAfter,
                                e.toString());
                    }
                    return Mono.just(local.check(budgets));
                });
    }

    private static Verdict verdict(List<Budget> budgets, List<Long> counts) {
        var exceeded = new ArrayList<Verdict>();
        for (int i = 0; i < budgets.size(); i++) {
            var budget = budgets.get(i);
            long count = counts.get(2 * i);
            long remainingMillis = counts.get(2 * i + 1);
            if (count > budget.limit().requests()) {
                exceeded.add(Verdict.exceeded(budget, Duration.ofMillis(remainingMillis)));
            }
        }
        return Verdict.worst(exceeded);
    }
}
