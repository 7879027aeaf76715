package dev.platter.stripesandbox;

import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The accounts of the sandbox: each distinct secret test key ({@code sk_test_<anything>}) is an account of its own,
 * with its own objects, events, webhook endpoints, idempotency keys, faults and logs, so test runs (and the local
 * platform) sharing one sandbox never see each other's world. An account appears with the first request that uses
 * its key and is forgotten after a day without one.
 */
final class Accounts {

    static final Duration IDLE = Duration.ofHours(24);

    private final SandboxConfig config;
    private final Clock clock;
    private final WebhookSender webhooks;
    private final ConcurrentHashMap<String, SandboxState> byKey = new ConcurrentHashMap<>();

    Accounts(SandboxConfig config, Clock clock, WebhookSender webhooks) {
        this.config = config;
        this.clock = clock;
        this.webhooks = webhooks;
    }

    SandboxConfig config() {
        return config;
    }

    /** Runs a task later, off the request threads. */
    void later(Runnable task, Duration delay) {
        webhooks.later(task, delay);
    }

    /** The account of a request's secret key: Bearer auth as stripe-java sends it, or Basic (curl's -u sk_test_...:). */
    SandboxState of(HttpExchange exchange) {
        var key = secretKey(exchange.getRequestHeaders().getFirst("Authorization"));
        if (key == null) {
            throw StripeError.unauthenticated();
        }
        if (!key.startsWith("sk_test_") || key.length() <= "sk_test_".length()) {
            throw StripeError.invalidApiKey(key);
        }
        var account = byKey.computeIfAbsent(key, unused -> {
            forgetIdle();
            return new SandboxState(config, clock, webhooks);
        });
        account.touch();
        return account;
    }

    private void forgetIdle() {
        long cutoff = clock.millis() - IDLE.toMillis();
        byKey.values().removeIf(account -> account.lastUsed() < cutoff);
    }

    static @Nullable String secretKey(@Nullable String authorization) {
        if (authorization == null) {
            return null;
        }
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            var key = authorization.substring(7).trim();
            return key.isEmpty() ? null : key;
        }
        if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                var decoded = new String(
                        Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
                var user = decoded.contains(":") ? decoded.substring(0, decoded.indexOf(':')) : decoded;
                return user.isEmpty() ? null : user;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }
}
