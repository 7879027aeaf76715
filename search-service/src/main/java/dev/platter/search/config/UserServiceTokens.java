package dev.platter.search.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The short-lived service token search-service calls other services with: client credentials at user-service's
 * {@code /internal/tokens}, kept until shortly before it expires.
 */
@Component
class UserServiceTokens implements ServiceTokens {

    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(60);

    private final RestClient users;
    private final ClientProperties properties;
    private final Clock clock;

    private @Nullable String token;
    private Instant renewAt = Instant.EPOCH;

    UserServiceTokens(ClientProperties properties, Clock clock) {
        this.users = ServiceTokens.client(properties, properties.users().toString());
        this.properties = properties;
        this.clock = clock;
    }

    record TokenRequest(String clientId, String clientSecret) {}

    record TokenResponse(String accessToken, String tokenType, long expiresIn) {}

    @Override
    public synchronized String token() {
        var now = clock.instant();
        if (token == null || !now.isBefore(renewAt)) {
            var response = users.post()
                    .uri("/internal/tokens")
                    .body(new TokenRequest(properties.clientId(), properties.clientSecret()))
                    .retrieve()
                    .body(TokenResponse.class);
            if (response == null) {
                throw new IllegalStateException("user-service answered no token");
            }
            token = response.accessToken();
            renewAt = now.plusSeconds(response.expiresIn()).minus(RENEW_BEFORE_EXPIRY);
        }
        return token;
    }
}
