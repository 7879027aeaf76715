package dev.platter.user.token;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which keys sign and which are published, at a given time. Keys take turns by activation time: the newest active
 * key signs; a key not yet active is already published (so verifiers know it before the first token it signs); a
 * key replaced by a newer one stays published for {@code verifyFor} (the longest token lifetime plus clock skew)
 * after its successor activated, so every token it signed can still be verified until it expires.
 */
record KeyRing(List<SigningKey> keys) {

    KeyRing {
        keys = keys.stream()
                .sorted(Comparator.comparing(SigningKey::activatesAt).thenComparing(SigningKey::createdAt))
                .toList();
    }

    /** The key that signs now: the last one activated. */
    Optional<SigningKey> signing(Instant now) {
        SigningKey signing = null;
        for (var key : keys) {
            if (!key.activatesAt().isAfter(now)) {
                signing = key;
            }
        }
        return Optional.ofNullable(signing);
    }

    /** Keys whose tokens may still be valid, and keys about to sign. */
    List<SigningKey> published(Instant now, Duration verifyFor) {
        var published = new ArrayList<SigningKey>();
        for (int i = 0; i < keys.size(); i++) {
            var successor = i + 1 < keys.size() ? keys.get(i + 1) : null;
            if (successor == null || successor.activatesAt().plus(verifyFor).isAfter(now)) {
                published.add(keys.get(i));
            }
        }
        return published;
    }

    /** Keys that can no longer have a valid token: safe to delete. */
    List<SigningKey> retired(Instant now, Duration verifyFor) {
        var published = published(now, verifyFor).stream().map(SigningKey::kid).toList();
        return keys.stream().filter(key -> !published.contains(key.kid())).toList();
    }

    /** When the newest key was made, if there is one. */
    Optional<Instant> newestCreatedAt() {
        return keys.stream().map(SigningKey::createdAt).max(Comparator.naturalOrder());
    }
}
