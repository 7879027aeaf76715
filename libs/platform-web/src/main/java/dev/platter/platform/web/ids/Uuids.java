package dev.platter.platform.web.ids;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Time-ordered UUIDs (version 7, RFC 9562): 48 bits of Unix milliseconds, then random bits. Ids minted later sort
 * later, which keeps B-tree indexes compact, and they still cannot be guessed.
 */
public final class Uuids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Uuids() {}

    /** A version 7 UUID for the current time. */
    public static UUID v7() {
        return v7(Clock.systemUTC().millis());
    }

    /** A version 7 UUID for the given Unix time in milliseconds. */
    public static UUID v7(long epochMillis) {
        var random = new byte[10];
        RANDOM.nextBytes(random);
        long high = (epochMillis & 0xFFFF_FFFF_FFFFL) << 16 // unix_ts_ms
                | 0x7000L // version
                | ((random[0] & 0x0FL) << 8)
                | (random[1] & 0xFFL); // rand_a (12 bits)
        long low = 0x8000_0000_0000_0000L; // variant 10
        for (int i = 2; i < 10; i++) {
            low |= (random[i] & 0xFFL) << (8 * (9 - i));
        }
        low = (low & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
