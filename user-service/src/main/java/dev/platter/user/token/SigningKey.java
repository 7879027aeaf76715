package dev.platter.user.token;

import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;

/** One RS256 key pair: signs from {@code activatesAt} until the next key activates, verifies a while longer. */
record SigningKey(
        String kid, RSAPublicKey publicKey, RSAPrivateKey privateKey, Instant createdAt, Instant activatesAt) {

    /** The public half as a JWK, as published. */
    RSAKey publicJwk() {
        return new RSAKey.Builder(publicKey)
                .keyID(kid)
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(com.nimbusds.jose.JWSAlgorithm.RS256)
                .build();
    }

    @Override
    public String toString() {
        return "SigningKey[kid=" + kid + ", activatesAt=" + activatesAt + "]";
    }
}
