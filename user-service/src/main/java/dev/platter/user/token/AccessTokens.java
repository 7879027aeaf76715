package dev.platter.user.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.platter.platform.web.config.PlatterProperties;
import dev.platter.platform.web.ids.Uuids;
import dev.platter.platform.web.security.TokenValidation;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Mints access tokens exactly as platform-web's {@link TokenValidation} accepts them: RS256 with the signing key's
 * {@code kid}; {@code sub}, {@code roles}, {@code iss}, {@code aud}, {@code jti}, {@code typ=access}, {@code iat},
 * {@code exp}.
 */
@Component
class AccessTokens {

    private final SigningKeys keys;
    private final PlatterProperties.Security security;
    private final Clock clock;

    AccessTokens(SigningKeys keys, PlatterProperties platter, Clock clock) {
        this.keys = keys;
        this.security = platter.security();
        this.clock = clock;
    }

    /** A signed access token for this subject (a user id, or a service client id) and roles. */
    String issue(String subject, List<String> roles, Duration lifetime) {
        var key = keys.signingKey();
        var now = clock.instant();
        var claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(security.issuer())
                .audience(security.audience())
                .jwtID(Uuids.v7(now.toEpochMilli()).toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .claim(TokenValidation.ROLES_CLAIM, List.copyOf(roles))
                .claim(TokenValidation.TYPE_CLAIM, TokenValidation.ACCESS_TOKEN_TYPE)
                .build();
        var header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.kid())
                .type(JOSEObjectType.JWT)
                .build();
        try {
            var jwt = new SignedJWT(header, claims);
            jwt.sign(new RSASSASigner(key.privateKey()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign an access token", e);
        }
    }
}
