package dev.platter.order.config;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How order-service reaches the services it calls over REST, and who it says it is.
 *
 * @param users user-service (service tokens, addresses)
 * @param restaurants restaurant-service (quotes)
 * @param payments payment-service (promo evaluation, payment creation)
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer
 * @param clientId this service's client id at user-service's {@code /internal/tokens}
 * @param clientSecret its secret
 * @param circuitBreaker when to stop calling a failing service for a while (one breaker per service)
 */
@ConfigurationProperties("platter.clients")
public record ClientProperties(
        URI users,
        URI restaurants,
        URI payments,
        Duration connectTimeout,
        Duration readTimeout,
        String clientId,
        String clientSecret,
        CircuitBreaker circuitBreaker) {

    /**
     * Count-based breaker settings: over the last {@code slidingWindowSize} calls (once {@code minimumNumberOfCalls}
     * were made), a failure rate of {@code failureRateThreshold} percent opens the breaker for
     * {@code waitInOpenState}; then {@code permittedCallsInHalfOpenState} trial calls decide whether it closes.
     */
    public record CircuitBreaker(
            int slidingWindowSize,
            int minimumNumberOfCalls,
            float failureRateThreshold,
            Duration waitInOpenState,
            int permittedCallsInHalfOpenState) {}

    @Override
    public String toString() {
        return "ClientProperties[users=" + users + ", restaurants=" + restaurants + ", payments=" + payments
                + ", clientId=" + clientId + "]";
    }
}
