package dev.platter.gateway.ratelimit;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of counting a request: allowed, or which budget it exceeded and when that budget's window resets.
 *
 * @param exceeded the budget exceeded, null when allowed
 * @param retryAfter how long until a retry may succeed
 */
public record Verdict(@Nullable Budget exceeded, Duration retryAfter) {

    public static final Verdict ALLOWED = new Verdict(null, Duration.ZERO);

    static Verdict exceeded(Budget budget, Duration retryAfter) {
        return new Verdict(budget, retryAfter);
    }

    /** Of several exceeded budgets, the one that keeps the client out longest. */
    static Verdict worst(List<Verdict> exceeded) {
        return exceeded.stream()
                .reduce((a, b) -> a.retryAfter().compareTo(b.retryAfter()) >= 0 ? a : b)
                .orElse(ALLOWED);
    }

    public boolean allowed() {
        return exceeded == null;
    }

    /** Whole seconds for {@code Retry-After}, at least one. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
