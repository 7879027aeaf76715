package dev.platter.order.config;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.BufferingClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Outbound REST clients, every one with the configured connect and read timeouts and a circuit breaker per
 * downstream service. A call fails, for the breaker, when the service cannot be reached, does not answer in time or
 * answers 5xx; a 4xx is an answer. While a service's breaker is open its calls fail at once, without waiting for the
 * timeout, as a {@link ResourceAccessException} (so each client's usual handling turns it into
 * {@link DependencyUnavailable}); the breakers' states are metrics ({@code resilience4j_circuitbreaker_*}).
 */
@Component
public class RestClients {

    private final ObservationRegistry observations;
    private final ClientProperties properties;
    private final CircuitBreakerRegistry breakers;

    RestClients(
            ObjectProvider<ObservationRegistry> observations,
            ObjectProvider<MeterRegistry> meters,
            ClientProperties properties) {
        this.observations = observations.getIfAvailable(() -> ObservationRegistry.NOOP);
        this.properties = properties;
        var settings = properties.circuitBreaker();
        this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.slidingWindowSize())
                .minimumNumberOfCalls(settings.minimumNumberOfCalls())
                .failureRateThreshold(settings.failureRateThreshold())
                .waitDurationInOpenState(settings.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(settings.permittedCallsInHalfOpenState())
                .build());
        meters.ifAvailable(registry ->
                TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(registry));
    }

    /** A client of {@code service} at {@code baseUri}; clients of the same service share its breaker. */
    public RestClient to(String service, URI baseUri) {
        var http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .build();
        var factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(properties.readTimeout());
        return RestClient.builder()
                .observationRegistry(observations) // trace context travels with every call
                .baseUrl(baseUri.toString())
                // buffered, so every body declares its Content-Length (our services refuse chunked bodies)
                .requestFactory(new BufferingClientHttpRequestFactory(factory))
                .requestInterceptor(new Breaker(breakers.circuitBreaker(service)))
                .build();
    }

    /** The breaker's state of {@code service}, for health and tests. */
    public CircuitBreaker.State state(String service) {
        return breakers.circuitBreaker(service).getState();
    }

    private record Breaker(CircuitBreaker breaker) implements ClientHttpRequestInterceptor {

        @Override
        public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
                throws IOException {
            try {
                breaker.acquirePermission();
            } catch (CallNotPermittedException open) {
                throw new ResourceAccessException(
                        breaker.getName() + " is failing; not calling it for a while", new IOException(open));
            }
            var started = breaker.getCurrentTimestamp();
            try {
                var response = execution.execute(request, body);
                var elapsed = breaker.getCurrentTimestamp() - started;
                if (response.getStatusCode().is5xxServerError()) {
                    breaker.onError(
                            elapsed,
                            breaker.getTimestampUnit(),
                            new IOException(
                                    "answered " + response.getStatusCode().value()));
                } else {
                    breaker.onSuccess(elapsed, breaker.getTimestampUnit());
                }
                return response;
            } catch (IOException | RuntimeException failed) {
                breaker.onError(breaker.getCurrentTimestamp() - started, breaker.getTimestampUnit(), failed);
                throw failed;
            }
        }
    }
}
