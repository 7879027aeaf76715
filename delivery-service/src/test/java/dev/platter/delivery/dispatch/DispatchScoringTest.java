package dev.platter.delivery.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.delivery.config.DeliveryProperties;
import dev.platter.delivery.eta.EtaEstimator;
import dev.platter.platform.events.GeoPoint;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DispatchScoringTest {

    static final DeliveryProperties.Scoring WEIGHTS =
            new DeliveryProperties.Scoring(1.0, 0.25, 0.1, Duration.ofMinutes(30), 60, 300);
    private static final GeoPoint SPICE_GARDEN = new GeoPoint(12.9716, 77.5946);
    private static final Instant NOW = Instant.parse("2026-12-02T13:00:00Z");
    private static final double SPEED = 6.0;

    private final DispatchScoring scoring = new DispatchScoring(WEIGHTS, new EtaEstimator(1.35, Duration.ZERO));

    private static GeoPoint north(double metres) {
        return new GeoPoint(SPICE_GARDEN.lat() + metres / 111_320.0, SPICE_GARDEN.lon());
    }

    private static DispatchScoring.Candidate rider(double metres, Duration idle, Double rating, int load) {
        return new DispatchScoring.Candidate(UUID.randomUUID(), north(metres), SPEED, NOW.minus(idle), rating, load);
    }

    @Test
    void whenTheFoodIsReadyTheNearerRiderWins() {
        var near = rider(300, Duration.ZERO, 4.0, 0);
        var far = rider(2500, Duration.ZERO, 4.0, 0);
        var best = scoring.best(List.of(far, near), SPICE_GARDEN, NOW, NOW).orElseThrow();
        assertThat(best.candidate()).isEqualTo(near);
    }

    @Test
    void whenTheFoodIsFarFromReadyARiderWhoWouldWaitLessWins() {
        var near = rider(100, Duration.ZERO, 4.0, 0);
        var far = rider(2000, Duration.ZERO, 4.0, 0);
        var best = scoring.best(List.of(near, far), SPICE_GARDEN, NOW.plus(Duration.ofMinutes(15)), NOW)
                .orElseThrow();
        assertThat(best.candidate()).isEqualTo(far);
    }

    @Test
    void aLoadedRiderLosesToAnEquallyPlacedEmptyOne() {
        var loaded = rider(500, Duration.ZERO, 4.0, 1);
        var empty = rider(500, Duration.ZERO, 4.0, 0);
        assertThat(scoring.best(List.of(loaded, empty), SPICE_GARDEN, NOW, NOW)
                        .orElseThrow()
                        .candidate())
                .isEqualTo(empty);
    }

    @Test
    void longIdleAndGoodRatingsCountUpToTheirCaps() {
        var waiting = rider(500, Duration.ofMinutes(20), 4.0, 0);
        var justDone = rider(500, Duration.ZERO, 4.0, 0);
        assertThat(scoring.best(List.of(justDone, waiting), SPICE_GARDEN, NOW, NOW)
                        .orElseThrow()
                        .candidate())
                .isEqualTo(waiting);
        var capped = scoring.score(rider(500, Duration.ofHours(5), null, 0), SPICE_GARDEN, NOW, NOW);
        var atCap = scoring.score(rider(500, Duration.ofMinutes(30), null, 0), SPICE_GARDEN, NOW, NOW);
        assertThat(capped.cost()).isEqualTo(atCap.cost());
        var starred = scoring.score(rider(500, Duration.ZERO, 5.0, 0), SPICE_GARDEN, NOW, NOW);
        var unrated = scoring.score(rider(500, Duration.ZERO, null, 0), SPICE_GARDEN, NOW, NOW);
        assertThat(unrated.cost() - starred.cost()).isCloseTo(120.0, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void noCandidatesNoBest() {
        assertThat(scoring.best(List.of(), SPICE_GARDEN, NOW, NOW)).isEmpty();
    }
}
