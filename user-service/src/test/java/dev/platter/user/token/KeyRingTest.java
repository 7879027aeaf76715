package dev.platter.user.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyRingTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration VERIFY_FOR = Duration.ofMinutes(16);

    private static final SigningKey OLD = key("old", T0);
    private static final SigningKey NEW = key("new", T0.plus(Duration.ofMinutes(10)));

    @Test
    void theNewestActiveKeySigns() {
        var ring = new KeyRing(List.of(NEW, OLD));

        assertThat(ring.signing(T0.plusSeconds(1))).contains(OLD);
        assertThat(ring.signing(T0.plus(Duration.ofMinutes(10)))).contains(NEW);
    }

    @Test
    void aKeyIsPublishedBeforeItSigns() {
        var ring = new KeyRing(List.of(OLD, NEW));
        var beforeActivation = T0.plus(Duration.ofMinutes(5));

        assertThat(ring.signing(beforeActivation)).contains(OLD);
        assertThat(ring.published(beforeActivation, VERIFY_FOR)).containsExactly(OLD, NEW);
    }

    @Test
    void aReplacedKeyVerifiesUntilItsLastTokenExpires() {
        var ring = new KeyRing(List.of(OLD, NEW));
        var newActivated = NEW.activatesAt();

        assertThat(ring.published(newActivated.plus(VERIFY_FOR).minusSeconds(1), VERIFY_FOR))
                .containsExactly(OLD, NEW);
        assertThat(ring.published(newActivated.plus(VERIFY_FOR), VERIFY_FOR)).containsExactly(NEW);
        assertThat(ring.retired(newActivated.plus(VERIFY_FOR), VERIFY_FOR)).containsExactly(OLD);
    }

    @Test
    void theOnlyKeyIsNeverRetired() {
        var ring = new KeyRing(List.of(OLD));

        assertThat(ring.retired(T0.plus(Duration.ofDays(365)), VERIFY_FOR)).isEmpty();
        assertThat(ring.newestCreatedAt()).contains(T0);
    }

    @Test
    void noKeySignsBeforeTheFirstActivates() {
        assertThat(new KeyRing(List.of(NEW)).signing(T0)).isEmpty();
    }

    private static SigningKey key(String kid, Instant activatesAt) {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            return new SigningKey(
                    kid, (RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate(), activatesAt, activatesAt);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
