package dev.platter.gateway.resilience;

import dev.platter.gateway.config.GatewayProperties;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.time.Duration;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4jBulkheadProvider;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4jBulkheadConfigurationBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One breaker per downstream service (the routes name them after the service), all with the same count-based
 * settings from {@code platter.gateway.circuit-breaker}. A call fails when the service cannot be reached or does not
 * answer within its route's timeout; answers, whatever their status, are successes (a 500 is the service's own
 * problem, not a reason to cut everyone off). While a breaker is open, calls fail at once with a 503 problem.
 */
@Configuration(proxyBeanMethods = false)
class CircuitBreakerConfiguration {

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> platterCircuitBreakers(GatewayProperties properties) {
        var settings = properties.circuitBreaker();
        var breaker = CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.slidingWindowSize())
                .minimumNumberOfCalls(settings.minimumNumberOfCalls())
                .failureRateThreshold(settings.failureRateThreshold())
                .waitDurationInOpenState(settings.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(settings.permittedCallsInHalfOpenState())
                .build();
        // The route's response timeout bounds each call
        // (spring.cloud.circuitbreaker.resilience4j.disable-time-limiter);
        // this limit only matters if that switch is turned off.
        var timeLimiter = TimeLimiterConfig.custom()
                .timeoutDuration(Duration.ofMinutes(5))
                .build();
        return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                .circuitBreakerConfig(breaker)
                .timeLimiterConfig(timeLimiter)
                .build());
    }

    /**
     * Spring Cloud's Resilience4j integration also puts a semaphore bulkhead around every call (25 concurrent calls
     * by default, far too few for a gateway). Each downstream gets {@code max-concurrent-calls}; a call over it does
     * not wait and is answered 503, so one slow service cannot tie up every connection of the gateway.
     */
    @Bean
    Customizer<ReactiveResilience4jBulkheadProvider> platterBulkheads(GatewayProperties properties) {
        var bulkhead = BulkheadConfig.custom()
                .maxConcurrentCalls(properties.circuitBreaker().maxConcurrentCalls())
                .maxWaitDuration(Duration.ZERO)
                .build();
        return provider -> provider.configureDefault(id -> new Resilience4jBulkheadConfigurationBuilder()
                .bulkheadConfig(bulkhead)
                .build());
    }
}
