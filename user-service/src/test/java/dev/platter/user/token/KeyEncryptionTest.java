package dev.platter.user.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KeyEncryptionTest {

    private static final String KEY = "NOVkSCDfZP4Bo6iEtiTnvZhi3n5z9kWayhohg6qm/ZU=";
    private static final String OTHER_KEY = "3q2+7wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
    private static final byte[] SECRET = "private key bytes".getBytes(StandardCharsets.UTF_8);

    @Test
    void decryptsWhatItEncrypted() {
        var encryption = new KeyEncryption(KEY);

        var stored = encryption.encrypt(SECRET, "kid-1");

        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("private key bytes");
        assertThat(encryption.decrypt(stored, "kid-1")).isEqualTo(SECRET);
    }

    @Test
    void usesAFreshNonceEachTime() {
        var encryption = new KeyEncryption(KEY);

        assertThat(encryption.encrypt(SECRET, "kid-1")).isNotEqualTo(encryption.encrypt(SECRET, "kid-1"));
    }

    @Test
    void refusesAnotherKeysCiphertextATamperedOneOrTheWrongKey() {
        var encryption = new KeyEncryption(KEY);
        var stored = encryption.encrypt(SECRET, "kid-1");
        var tampered = stored.clone();
        tampered[tampered.length - 1] ^= 1;

        assertThatThrownBy(() -> encryption.decrypt(stored, "kid-2")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> encryption.decrypt(tampered, "kid-1")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new KeyEncryption(OTHER_KEY).decrypt(stored, "kid-1"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAKeyOfTheWrongSize() {
        assertThatThrownBy(() -> new KeyEncryption("c2hvcnQ=")).hasMessageContaining("32 bytes");
    }
}
