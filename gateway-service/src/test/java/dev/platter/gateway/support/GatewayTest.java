package dev.platter.gateway.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one gateway context every gateway IT shares: routes pointed at {@link StubDownstreams}, short timeouts and
 * small breaker windows so failures show in seconds, loopback trusted as a proxy (tests choose their client address
 * with {@code X-Forwarded-For}), small rate limits, one allowed CORS origin.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "platter.gateway.services.search.response-timeout=1s",
            "platter.gateway.services.analytics.response-timeout=3s",
            "platter.gateway.retry.first-backoff=10ms",
            "platter.gateway.retry.max-backoff=40ms",
            "platter.gateway.circuit-breaker.sliding-window-size=4",
            "platter.gateway.circuit-breaker.minimum-number-of-calls=4",
            "platter.gateway.circuit-breaker.wait-in-open-state=1m",
            "platter.gateway.circuit-breaker.max-concurrent-calls=" + GatewayTest.MAX_CONCURRENT_CALLS,
            "platter.gateway.rate-limits.per-user.requests=" + GatewayTest.PER_USER,
            "platter.gateway.rate-limits.per-address.requests=100000",
            "platter.gateway.rate-limits.auth.requests=" + GatewayTest.AUTH,
            "platter.gateway.trusted-proxies=127\\.0\\.0\\.1",
            "platter.gateway.cors.allowed-origins=" + GatewayTest.ALLOWED_ORIGIN
        })
@ContextConfiguration(initializers = StubDownstreams.Initializer.class)
public @interface GatewayTest {

    int PER_USER = 30;
    int MAX_CONCURRENT_CALLS = 8;
    int AUTH = 5;
    String ALLOWED_ORIGIN = "https://app.platter.test";
}
