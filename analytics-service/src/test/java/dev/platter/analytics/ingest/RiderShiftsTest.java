package dev.platter.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.analytics.ingest.RiderShifts.Shift;
import dev.platter.analytics.ingest.RiderShifts.StatusChange;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiderShiftsTest {

    private static final Instant NINE = Instant.parse("2026-12-03T09:00:00Z");

    private static StatusChange online(long version, int minute) {
        return new StatusChange(version, NINE.plusSeconds(minute * 60L), true);
    }

    private static StatusChange offline(long version, int minute) {
        return new StatusChange(version, NINE.plusSeconds(minute * 60L), false);
    }

    private static Shift shift(int from, int to) {
        return new Shift(NINE.plusSeconds(from * 60L), NINE.plusSeconds(to * 60L));
    }

    @Test
    void pairsEachOnlineWithTheNextOffline() {
        assertThat(RiderShifts.shifts(List.of(online(1, 0), offline(2, 60), online(3, 90), offline(4, 120))))
                .containsExactly(shift(0, 60), shift(90, 120));
    }

    @Test
    void ignoresARepeatedOnlineOrOfflineAndCountsNoOpenShift() {
        assertThat(RiderShifts.shifts(List.of(
                        offline(1, 0), online(2, 10), online(3, 30), offline(4, 70), offline(5, 80), online(6, 90))))
                .containsExactly(shift(10, 70));
    }

    @Test
    void hasNoShiftBeforeItsOfflineArrives() {
        assertThat(RiderShifts.shifts(List.of(online(1, 0)))).isEmpty();
    }
}
