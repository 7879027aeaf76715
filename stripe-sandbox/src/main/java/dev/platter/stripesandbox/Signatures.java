package dev.platter.stripesandbox;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stripe's webhook signature: header {@code Stripe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>}, the HMAC keyed
 * with the endpoint's whole signing secret (prefix included) over {@code t + "." + payload}.
 */
public final class Signatures {

    public static final String HEADER = "Stripe-Signature";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Signatures() {}

    /** The header value for a payload signed at {@code timestampSeconds}. */
    public static String header(String secret, String payload, long timestampSeconds) {
        return "t=" + timestampSeconds + ",v1=" + hmacSha256(secret, timestampSeconds + "." + payload);
    }

    /** A new endpoint signing secret, {@code whsec_} and 32 random bytes in hex. */
    public static String newSecret() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + HexFormat.of().formatHex(bytes);
    }

    static String hmacSha256(String key, String message) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is always available", e);
        }
    }
}
