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
 */
@ConfigurationProperties("platter.clients")
public record ClientProperties(
        URI users,
        URI restaurants,
        URI payments,
        Duration connectTimeout,
        Duration readTimeout,
        String clientId,
        String clientSecret) {

    @Override
    public String toString() {
        return "ClientProperties[users=" + users + ", restaurants=" + restaurants + ", payments=" + payments
                + ", clientId=" + clientId + "]";
    }
}
