package dev.platter.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The same fixed windows as {@link RateLimiter}, counted in this instance's memory: what answers while Redis does
 * not. Bounded in size; a window's counter is forgotten once the window is over.
 */
@Component
class LocalRateLimiter {

    private final Cache<String, Window> windows = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterWrite(Duration.ofHours(1))
            .build();
    private final Clock clock;

    LocalRateLimiter(Clock clock) {
        this.clock = clock;
    }

    Verdict check(List<Budget> budgets) {
        var now = clock.millis();
        var exceeded = new ArrayList<Verdict>();
        for (var budget : budgets) {
            var length = budget.limit().window().toMillis();
            var window = windows.asMap()
                    .compute(
                            budget.key(),
                            (key, current) -> current == null || current.endsAt() <= now
                                    ? new Window(now + length, 1)
                                    : new Window(current.endsAt(), current.count() + 1));
            if (window.count() > budget.limit().requests()) {
                exceeded.add(Verdict.exceeded(budget, Duration.ofMillis(window.endsAt() - now)));
            }
        }
        return Verdict.worst(exceeded);
    }

    private record Window(long endsAt, int count) {}
}
