package dev.platter.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.gateway.config.GatewayProperties;
import dev.platter.gateway.config.GatewayProperties.Limit;
import dev.platter.platform.web.config.PlatterProperties;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/** With Redis unreachable, budgets are still enforced, by this instance's own counters. */
class RateLimiterTest {

    private static final Limit SIGN_IN = new Limit(3, Duration.ofMinutes(1));

    private LettuceConnectionFactory connections;

    @AfterEach
    void close() {
        if (connections != null) {
            connections.destroy();
        }
    }

    @Test
    void keepsLimitingSignInsWhenRedisIsDown() throws IOException {
        var limiter = limiterAgainst(unusedPort());
        var budgets = List.of(new Budget("auth", "198.18.0.7", SIGN_IN));

        for (int i = 0; i < SIGN_IN.requests(); i++) {
            assertThat(limiter.check(budgets).block(Duration.ofSeconds(5)).allowed())
                    .as("attempt %d", i + 1)
                    .isTrue();
        }
        var refused = limiter.check(budgets).block(Duration.ofSeconds(5));

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.exceeded()).isEqualTo(budgets.get(0));
        assertThat(refused.retryAfterSeconds()).isBetween(1L, 60L);
        assertThat(limiter.check(List.of(new Budget("auth", "198.18.0.8", SIGN_IN)))
                        .block(Duration.ofSeconds(5))
                        .allowed())
                .as("another address is counted apart")
                .isTrue();
    }

    private RateLimiter limiterAgainst(int port) {
        connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", port));
        connections.afterPropertiesSet();
        connections.start();
        var clock = Clock.systemUTC();
        var platter = new PlatterProperties(null, new PlatterProperties.Redis("test:"), null, null, null, null);
        var gateway = new GatewayProperties(
                Map.of(),
                Duration.ofSeconds(1),
                null,
                null,
                new GatewayProperties.RateLimits(
                        SIGN_IN, SIGN_IN, SIGN_IN, List.of(), Duration.ofMillis(250), Duration.ofSeconds(5)),
                null,
                null);
        return new RateLimiter(
                new ReactiveStringRedisTemplate(connections), platter, gateway, new LocalRateLimiter(clock), clock);
    }

    private static int unusedPort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
