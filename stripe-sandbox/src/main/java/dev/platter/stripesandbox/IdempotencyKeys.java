package dev.platter.stripesandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One account's idempotency keys, as Stripe documents them: the first result of a request with a key is saved once
 * the endpoint began executing (success or error, a 500 included; a request that fails validation saves nothing);
 * the same key with the same method, path and parameters replays it; with different ones it is an
 * {@code idempotency_error} (400); while the first request is still executing, another with the key is refused with
 * a 409 {@code idempotency_error} and saves nothing. Keys are kept 24 hours.
 */
final class IdempotencyKeys {

    static final Duration KEPT = Duration.ofHours(24);

    /** A saved answer: what it was for, its status, body and original request id. */
    record Saved(String fingerprint, int status, byte[] body, String requestId, long savedAt) {}

    /** What to do with a request that carries a key. */
    sealed interface Decision {}

    /** Nothing is saved for the key: execute, then {@link #complete} or {@link #release}. */
    record Execute() implements Decision {}

    /** Answer what was saved. */
    record Replay(Saved saved) implements Decision {}

    /** The key was used with other parameters. */
    record Mismatch() implements Decision {}

    /** Another request with this key is executing. */
    record InProgress() implements Decision {}

    private static final Object EXECUTING = new Object();

    private final Clock clock;
    private final Map<String, Object> keys = new LinkedHashMap<>();

    IdempotencyKeys(Clock clock) {
        this.clock = clock;
    }

    synchronized Decision begin(String key, String fingerprint) {
        expire();
        var entry = keys.get(key);
        if (entry == null) {
            keys.put(key, EXECUTING);
            return new Execute();
        }
        if (entry == EXECUTING) {
            return new InProgress();
        }
        var saved = (Saved) entry;
        return saved.fingerprint().equals(fingerprint) ? new Replay(saved) : new Mismatch();
    }

    synchronized void complete(String key, String fingerprint, int status, byte[] body, String requestId) {
        keys.put(key, new Saved(fingerprint, status, body, requestId, clock.millis()));
    }

    /** The request saved nothing (it failed validation): the key is free again. */
    synchronized void release(String key) {
        if (keys.get(key) == EXECUTING) {
            keys.remove(key);
        }
    }

    private void expire() {
        long cutoff = clock.millis() - KEPT.toMillis();
        keys.values().removeIf(entry -> entry instanceof Saved saved && saved.savedAt() < cutoff);
    }
}
