package dev.platter.search.config;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How search-service reaches the services it calls over REST, and who it says it is.
 *
 * @param users user-service (service tokens)
 * @param restaurants restaurant-service (the export a rebuild reads)
 * @param clientId this service's client id at user-service's {@code /internal/tokens}
 * @param clientSecret its secret
 */
@ConfigurationProperties("platter.clients")
public record ClientProperties(
        URI users,
        URI restaurants,
        Duration connectTimeout,
        Duration readTimeout,
        String clientId,
        String clientSecret) {

    @Override
    public String toString() {
        return "ClientProperties[users=" + users + ", restaurants=" + restaurants + ", clientId=" + clientId + "]";
    }
}
