package dev.platter.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every {@code platter.gateway.*} setting; defaults live in the gateway's {@code application.yml}.
 *
 * @param services each downstream service by name ({@code user}, {@code restaurant}, ...): where it is and how long
 *     the gateway waits for its answer
 * @param connectTimeout how long to wait for a TCP connection to any downstream
 * @param retry how idempotent requests (GET only) are retried
 * @param circuitBreaker the breaker kept per downstream service
 * @param rateLimits request budgets per user, per client address, and for the authentication endpoints
 * @param cors which browser origins may call the API
 * @param trustedProxies a regular expression of peer addresses (load balancers) whose {@code X-Forwarded-For} is
 *     believed; empty: none, the peer address is the client
 */
@ConfigurationProperties("platter.gateway")
public record GatewayProperties(
        Map<String, Service> services,
        Duration connectTimeout,
        Retry retry,
        CircuitBreaker circuitBreaker,
        RateLimits rateLimits,
        Cors cors,
        @Nullable String trustedProxies) {

    /** One downstream service. */
    public record Service(URI uri, Duration responseTimeout) {}

    /** Retries of GET requests that failed to reach the service or were answered 502/503. */
    public record Retry(int retries, Duration firstBackoff, Duration maxBackoff) {}

    /**
     * Count-based breaker settings, the same for every downstream (each has its own breaker), and the most calls in
     * flight to one downstream at a time (its bulkhead).
     */
    public record CircuitBreaker(
            float failureRateThreshold,
            int slidingWindowSize,
            int minimumNumberOfCalls,
            Duration waitInOpenState,
            int permittedCallsInHalfOpenState,
            int maxConcurrentCalls) {}

    /**
     * @param perUser budget of an authenticated user (JWT {@code sub}), across all routes
     * @param perAddress budget of a client address, across all routes (higher: many users may share one address)
     * @param auth budget of a client address on the authentication endpoints ({@code authPaths})
     * @param authPaths path patterns of login, registration and password endpoints
     * @param redisTimeout how long a Redis check may take before the local limiter answers instead
     * @param redisRetryAfter after a Redis failure, how long the local limiter answers before Redis is asked again
     */
    public record RateLimits(
            Limit perUser,
            Limit perAddress,
            Limit auth,
            List<String> authPaths,
            Duration redisTimeout,
            Duration redisRetryAfter) {}

    /** At most {@code requests} per fixed {@code window}. */
    public record Limit(int requests, Duration window) {}

    /** CORS for browser clients (the customer web app, the restaurant dashboard, the ops console). */
    public record Cors(
            List<String> allowedOrigins,
            List<String> allowedMethods,
            List<String> allowedHeaders,
            List<String> exposedHeaders,
            Duration maxAge) {}

    /** The service of this name; fails loudly when the configuration lacks it. */
    public Service service(String name) {
        var service = services.get(name);
        if (service == null) {
            throw new IllegalStateException("platter.gateway.services." + name + " is not configured");
        }
        return service;
    }
}
