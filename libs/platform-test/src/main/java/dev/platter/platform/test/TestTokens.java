package dev.platter.platform.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Mints access tokens for any role, signed with a test key that the services under test trust: the key is
 * published at {@link #jwksUri()} by a small HTTP server in the test JVM, and the test context (or a started
 * service process) is pointed at it. Also mints the broken tokens an attacker would try.
 */
public final class TestTokens {

    public static final String ISSUER = "https://platter.dev";
    public static final String AUDIENCE = "platter";

    private static final RSAKey KEY = generate("platter-test-key");
    private static final RSAKey STRANGER_KEY = generate("stranger-key");
    private static final HttpServer JWKS = serve(new JWKSet(KEY.toPublicJWK()).toString());

    private TestTokens() {}

    /** The JWKS endpoint the services under test read their keys from. */
    public static String jwksUri() {
        return "http://127.0.0.1:" + JWKS.getAddress().getPort() + "/.well-known/jwks.json";
    }

    /** A valid access token for a fresh user with these roles. */
    public static String forRoles(String... roles) {
        return token().roles(roles).sign();
    }

    /** A valid access token for this user with these roles. */
    public static String forUser(UUID userId, String... roles) {
        return token().subject(userId).roles(roles).sign();
    }

    /** A builder starting from a valid access token, to be bent into an invalid one. */
    public static Builder token() {
        return new Builder();
    }

    /** Fluent access-token builder: valid unless told otherwise. */
    public static final class Builder {

        private UUID subject = UUID.randomUUID();
        private List<String> roles = List.of("CUSTOMER");
        private String issuer = ISSUER;
        private String audience = AUDIENCE;
        private String type = "access";
        private Instant issuedAt = Instant.now();
        private Duration lifetime = Duration.ofMinutes(15);
        private Instant notBefore;

        public Builder subject(UUID subject) {
            this.subject = subject;
            return this;
        }

        public Builder roles(String... roles) {
            this.roles = List.of(roles);
            return this;
        }

        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        public Builder audience(String audience) {
            this.audience = audience;
            return this;
        }

        public Builder type(String type) {
            this.type = type;
            return this;
        }

        /** Issued this long ago (with the default 15-minute lifetime, more than 16 minutes is expired). */
        public Builder issuedAgo(Duration ago) {
            this.issuedAt = Instant.now().minus(ago);
            return this;
        }

        public Builder notBefore(Instant notBefore) {
            this.notBefore = notBefore;
            return this;
        }

        public JWTClaimsSet claims() {
            var claims = new JWTClaimsSet.Builder()
                    .subject(subject.toString())
                    .issuer(issuer)
                    .audience(audience)
                    .jwtID(UUID.randomUUID().toString())
                    .issueTime(Date.from(issuedAt))
                    .expirationTime(Date.from(issuedAt.plus(lifetime)))
                    .claim("roles", roles)
                    .claim("typ", type);
            if (notBefore != null) {
                claims.notBeforeTime(Date.from(notBefore));
            }
            return claims.build();
        }

        /** Signed with the trusted key: RS256 with its {@code kid}. */
        public String sign() {
            return signRs256(KEY);
        }

        /** Signed by a key nobody trusts, announced under the trusted key's {@code kid}. */
        public String signWithStrangerKey() {
            return signRs256(
                    new RSAKey.Builder(STRANGER_KEY).keyID(KEY.getKeyID()).build());
        }

        /** Signed by a key whose {@code kid} is not published. */
        public String signWithUnknownKid() {
            return signRs256(STRANGER_KEY);
        }

        /** {@code alg: none}: no signature at all. */
        public String unsigned() {
            return new PlainJWT(
                            new PlainHeader.Builder().type(JOSEObjectType.JWT).build(), claims())
                    .serialize();
        }

        /** The classic confusion attack: HS256 with the public key's bytes as the shared secret. */
        public String signHs256WithPublicKey() {
            try {
                var secret = KEY.toPublicJWK().toRSAPublicKey().getEncoded();
                var padded = secret.length >= 32 ? secret : java.util.Arrays.copyOf(secret, 32);
                var jwt = new SignedJWT(
                        new JWSHeader.Builder(JWSAlgorithm.HS256)
                                .keyID(KEY.getKeyID())
                                .build(),
                        claims());
                jwt.sign(new MACSigner(padded));
                return jwt.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

        private String signRs256(RSAKey key) {
            try {
                var jwt = new SignedJWT(
                        new JWSHeader.Builder(JWSAlgorithm.RS256)
                                .keyID(key.getKeyID())
                                .type(JOSEObjectType.JWT)
                                .build(),
                        claims());
                jwt.sign(new RSASSASigner(key));
                return jwt.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static RSAKey generate(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer serve(String jwks) {
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            var body = jwks.getBytes(StandardCharsets.UTF_8);
            server.createContext("/.well-known/jwks.json", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (var out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.setExecutor(null);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the test JWKS server", e);
        }
    }
}
