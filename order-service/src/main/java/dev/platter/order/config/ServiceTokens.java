package dev.platter.order.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The short-lived service token order-service calls other services with: client credentials at user-service's
 * {@code /internal/tokens}, kept until shortly before it expires.
 */
@Component
public class ServiceTokens {

    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(60);

    private final RestClient users;
    private final ClientProperties properties;
    private final Clock clock;

    private @Nullable String token;
    private Instant renewAt = Instant.EPOCH;

    ServiceTokens(RestClients clients, ClientProperties properties, Clock clock) {
        this.users = clients.to("user-service", properties.users());
        this.properties = properties;
        this.clock = clock;
    }

    record TokenRequest(String clientId, String clientSecret) {}

    record TokenResponse(String accessToken, String tokenType, long expiresIn) {}

    /** A valid service token, fetched again when the kept one is about to expire. */
    public synchronized String token() {
        var now = clock.instant();
        if (token == null || !now.isBefore(renewAt)) {
            TokenResponse response;
            try {
                response = users.post()
                        .uri("/internal/tokens")
                        .body(new TokenRequest(properties.clientId(), properties.clientSecret()))
                        .retrieve()
                        .body(TokenResponse.class);
            } catch (RestClientException e) {
                throw new DependencyUnavailable("user-service", e);
            }
            if (response == null) {
                throw new DependencyUnavailable("user-service", new IllegalStateException("empty token response"));
            }
            token = response.accessToken();
            renewAt = now.plusSeconds(response.expiresIn()).minus(RENEW_BEFORE_EXPIRY);
        }
        return token;
    }
}
