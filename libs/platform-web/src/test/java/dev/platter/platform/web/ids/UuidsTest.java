package dev.platter.platform.web.ids;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class UuidsTest {

    @Test
    void mintsVersion7UuidsWithTheRfcVariant() {
        var id = Uuids.v7();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
    }

    @Test
    void carriesTheTimestampInItsFirst48Bits() {
        long millis = 1_767_225_600_000L; // 2026-01-01T00:00:00Z

        var id = Uuids.v7(millis);

        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(millis);
    }

    @Test
    void idsOfLaterMillisecondsSortLater() {
        var earlier = Uuids.v7(1_000L);
        var later = Uuids.v7(1_001L);

        assertThat(earlier.toString()).isLessThan(later.toString());
    }

    @Test
    void idsOfTheSameMillisecondDiffer() {
        var ids = new HashSet<java.util.UUID>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(Uuids.v7(42L));
        }
        assertThat(ids).hasSize(10_000);
    }
}
