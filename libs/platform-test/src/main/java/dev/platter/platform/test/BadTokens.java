package dev.platter.platform.test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The tokens an attacker (or a confused client) would present; every one must be refused, everywhere. */
public final class BadTokens {

    private BadTokens() {}

    /** A named bad token, for parameterised tests. */
    public record BadToken(String name, String token) {
        @Override
        public String toString() {
            return name;
        }
    }

    public static List<BadToken> all() {
        return List.of(
                new BadToken("alg none", TestTokens.token().unsigned()),
                new BadToken(
                        "HS256 signed with the public key", TestTokens.token().signHs256WithPublicKey()),
                new BadToken(
                        "signed by an untrusted key under a trusted kid",
                        TestTokens.token().signWithStrangerKey()),
                new BadToken("unknown kid", TestTokens.token().signWithUnknownKid()),
                new BadToken(
                        "expired",
                        TestTokens.token().issuedAgo(Duration.ofMinutes(20)).sign()),
                new BadToken(
                        "not yet valid",
                        TestTokens.token()
                                .notBefore(Instant.now().plus(Duration.ofMinutes(10)))
                                .sign()),
                new BadToken(
                        "wrong issuer",
                        TestTokens.token().issuer("https://evil.example").sign()),
                new BadToken(
                        "wrong audience",
                        TestTokens.token().audience("someone-else").sign()),
                new BadToken(
                        "refresh token as access token",
                        TestTokens.token().type("refresh").sign()),
                new BadToken("garbage", "not-a-jwt"));
    }
}
