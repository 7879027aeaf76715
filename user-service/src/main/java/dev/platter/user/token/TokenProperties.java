package dev.platter.user.token;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Lifetimes of the tokens user-service issues, and an optional second key set to trust.
 *
 * @param additionalJwksUri a JWKS whose keys are trusted besides our own; unset in production (tests point it at the
 *     test key server, so tokens minted by the test support are checked by the same rules)
 */
@ConfigurationProperties("platter.users.tokens")
record TokenProperties(
        Duration accessTokenTtl, Duration serviceTokenTtl, Duration refreshTokenTtl, @Nullable URI additionalJwksUri) {}
