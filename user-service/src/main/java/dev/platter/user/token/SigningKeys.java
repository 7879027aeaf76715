package dev.platter.user.token;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import dev.platter.platform.web.config.PlatterProperties;
import dev.platter.platform.web.ids.Uuids;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The token signing keys every instance shares through Postgres. Each instance holds a decrypted copy, re-read
 * periodically and after its own rotations. The first instance to start creates the first key; rotation (by an admin
 * or when the newest key is older than the rotation interval) adds a key that is published at once and signs after
 * {@code publish-ahead}; keys whose tokens have all expired are deleted.
 */
@Component
class SigningKeys implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    private static final Duration MIN_RELOAD_GAP = Duration.ofSeconds(1);

    private final SigningKeyStore store;
    private final TransactionTemplate transactions;
    private final SigningKeyProperties properties;
    private final Duration verifyFor;
    private final Clock clock;
    private volatile KeyRing ring = new KeyRing(List.of());
    private volatile Instant loadedAt = Instant.EPOCH;

    SigningKeys(
            SigningKeyStore store,
            TransactionTemplate transactions,
            SigningKeyProperties properties,
            TokenProperties tokens,
            PlatterProperties platter,
            Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.properties = properties;
        this.verifyFor = longest(tokens.accessTokenTtl(), tokens.serviceTokenTtl())
                .plus(platter.security().clockSkew());
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        transactions.executeWithoutResult(status -> {
            store.lock();
            if (store.findAll().isEmpty()) {
                var now = clock.instant();
                store.insert(generate(now, now));
            }
        });
        reload();
    }

    /** The key that signs now. */
    SigningKey signingKey() {
        return ring.signing(clock.instant()).orElseThrow(() -> new IllegalStateException("No active signing key"));
    }

    /** The public keys verifiers must know now (published at {@code /.well-known/jwks.json}). */
    JWKSet publicKeys() {
        return new JWKSet(ring.published(clock.instant(), verifyFor).stream()
                .<JWK>map(SigningKey::publicJwk)
                .toList());
    }

    /** Makes a new key that signs after {@code publish-ahead}; answers it. */
    SigningKey rotate() {
        var created = transactions.execute(status -> {
            store.lock();
            return rotateLocked();
        });
        reload();
        return created;
    }

    /** Rotates when the newest key is older than the rotation interval (checked again under the lock). */
    @Scheduled(
            fixedDelayString = "${platter.users.signing-keys.rotation-check-interval}",
            initialDelayString = "${platter.users.signing-keys.rotation-check-interval}")
    void rotateWhenDue() {
        if (properties.rotationInterval().isZero()
                || properties.rotationInterval().isNegative()) {
            return;
        }
        boolean rotated = Boolean.TRUE.equals(transactions.execute(status -> {
            store.lock();
            var newest = new KeyRing(store.findAll()).newestCreatedAt();
            if (newest.isPresent()
                    && newest.get().plus(properties.rotationInterval()).isAfter(clock.instant())) {
                return false;
            }
            rotateLocked();
            return true;
        }));
        if (rotated) {
            reload();
        }
    }

    /** Re-reads the shared table, picking up keys another instance made. */
    @Scheduled(
            fixedDelayString = "${platter.users.signing-keys.reload-interval}",
            initialDelayString = "${platter.users.signing-keys.reload-interval}")
    void reload() {
        ring = new KeyRing(store.findAll());
        loadedAt = clock.instant();
    }

    /** Re-reads the table when a token names a key we do not know, at most once a second. */
    void reloadIfStale() {
        if (loadedAt.plus(MIN_RELOAD_GAP).isBefore(clock.instant())) {
            reload();
        }
    }

    private SigningKey rotateLocked() {
        var now = clock.instant();
        var key = generate(now, now.plus(properties.publishAhead()));
        store.insert(key);
        var current = new KeyRing(store.findAll());
        current.retired(now, verifyFor).forEach(retired -> store.delete(retired.kid()));
        log.info("Signing key {} created; it signs from {}", key.kid(), key.activatesAt());
        return key;
    }

    private static SigningKey generate(Instant createdAt, Instant activatesAt) {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            return new SigningKey(
                    Uuids.v7(createdAt.toEpochMilli()).toString(),
                    (RSAPublicKey) pair.getPublic(),
                    (RSAPrivateKey) pair.getPrivate(),
                    createdAt,
                    activatesAt);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Duration longest(Duration first, Duration second) {
        return first.compareTo(second) >= 0 ? first : second;
    }
}
