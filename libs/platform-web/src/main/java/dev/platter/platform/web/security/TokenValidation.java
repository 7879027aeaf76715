package dev.platter.platform.web.security;

import dev.platter.platform.web.config.PlatterProperties;
import java.time.Clock;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/**
 * What makes an access token acceptable, the same at the gateway and in every service: RS256 only (pinned by the
 * decoders), issued by us, for our audience, of type {@code access}, within its lifetime (at most the configured
 * skew), with a subject. Suspension is checked after this, by {@link SuspendedUsers}.
 */
public final class TokenValidation {

    /** The claim holding the user's roles, turned into {@code ROLE_*} authorities. */
    public static final String ROLES_CLAIM = "roles";

    /** The claim telling access tokens from other tokens user-service may issue. */
    public static final String TYPE_CLAIM = "typ";

    /** The only {@code typ} accepted on a request. */
    public static final String ACCESS_TOKEN_TYPE = "access";

    private TokenValidation() {}

    public static OAuth2TokenValidator<Jwt> validator(PlatterProperties.Security security, Clock clock) {
        var timestamps = new JwtTimestampValidator(security.clockSkew());
        timestamps.setClock(clock);
        return new DelegatingOAuth2TokenValidator<>(List.of(
                timestamps,
                requirePresent(),
                new JwtIssuerValidator(security.issuer()),
                audience(security.audience()),
                accessTokenOnly()));
    }

    public static Converter<Jwt, AbstractAuthenticationToken> authenticationConverter() {
        var authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(ROLES_CLAIM);
        authorities.setAuthorityPrefix("ROLE_");
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }

    private static OAuth2TokenValidator<Jwt> requirePresent() {
        return jwt -> jwt.getExpiresAt() != null && jwt.getSubject() != null && jwt.getIssuedAt() != null
                ? OAuth2TokenValidatorResult.success()
                : failure("The token must carry exp, iat and sub");
    }

    private static OAuth2TokenValidator<Jwt> audience(String audience) {
        return jwt -> jwt.getAudience() != null && jwt.getAudience().contains(audience)
                ? OAuth2TokenValidatorResult.success()
                : failure("The token is not meant for this audience");
    }

    private static OAuth2TokenValidator<Jwt> accessTokenOnly() {
        return jwt -> ACCESS_TOKEN_TYPE.equals(jwt.getClaimAsString(TYPE_CLAIM))
                ? OAuth2TokenValidatorResult.success()
                : failure("Only access tokens are accepted");
    }

    static OAuth2TokenValidatorResult failure(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", description, null));
    }
}
