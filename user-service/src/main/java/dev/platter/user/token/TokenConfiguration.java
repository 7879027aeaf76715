package dev.platter.user.token;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.platter.platform.web.config.PlatterProperties;
import dev.platter.platform.web.security.SuspendedUsers;
import dev.platter.platform.web.security.TokenValidation;
import java.net.MalformedURLException;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * user-service verifies access tokens against its own key store, in memory, instead of fetching its own JWKS over
 * HTTP (which would not work before it is listening, and would add a round trip for nothing). The rules are
 * platform-web's: RS256 only, {@link TokenValidation}, suspended users refused. Only when
 * {@code platter.users.tokens.additional-jwks-uri} is set (tests do) are that JWKS's keys trusted as well.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({
    TokenProperties.class,
    SigningKeyProperties.class,
    LoginThrottleProperties.class,
    ServiceClientsProperties.class
})
class TokenConfiguration {

    @Bean
    JwtDecoder jwtDecoder(
            SigningKeys keys,
            TokenProperties tokens,
            PlatterProperties platter,
            Clock clock,
            SuspendedUsers suspendedUsers,
            StringRedisTemplate redis)
            throws MalformedURLException {
        JWKSource<SecurityContext> additional = tokens.additionalJwksUri() == null
                ? null
                : JWKSourceBuilder.<SecurityContext>create(
                                tokens.additionalJwksUri().toURL())
                        .build();
        var processor = new DefaultJWTProcessor<SecurityContext>();
        processor.setJWSKeySelector(
                new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new OwnKeysFirst(keys, additional)));
        processor.setJWTClaimsSetVerifier((claims, context) -> {}); // the validators below check the claims
        var decoder = new NimbusJwtDecoder(processor);
        OAuth2TokenValidator<Jwt> notSuspended = jwt -> suspendedUsers.isSuspended(
                        jwt.getSubject(), userId -> redis.opsForSet().isMember(suspendedUsers.key(), userId))
                ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "The account is suspended", null))
                : OAuth2TokenValidatorResult.success();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                List.of(TokenValidation.validator(platter.security(), clock), notSuspended)));
        return decoder;
    }

    /** Our published keys (re-read once if the kid is unknown), then the additional key set if one is configured. */
    private record OwnKeysFirst(SigningKeys keys, @Nullable JWKSource<SecurityContext> additional)
            implements JWKSource<SecurityContext> {

        @Override
        public List<JWK> get(JWKSelector selector, @Nullable SecurityContext context) throws KeySourceException {
            var own = selector.select(keys.publicKeys());
            if (own.isEmpty()) {
                keys.reloadIfStale();
                own = selector.select(keys.publicKeys());
            }
            if (!own.isEmpty() || additional == null) {
                return own;
            }
            return additional.get(selector, context);
        }
    }
}
