package dev.platter.delivery.eta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platter.platform.events.GeoPoint;
import java.time.Duration;
import java.time.Instant;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class EtaEstimatorTest {

    private static final GeoPoint MG_ROAD = new GeoPoint(12.9716, 77.5946);
    private static final GeoPoint RESIDENCY_ROAD = new GeoPoint(12.9667, 77.6050);
    private static final Instant NOW = Instant.parse("2026-12-02T13:00:00Z");

    private final EtaEstimator eta = new EtaEstimator(1.4, Duration.ZERO);

    @Test
    void theRoadIsTheStraightLineTimesTheFactor() {
        double straight = MG_ROAD.distanceMetresTo(RESIDENCY_ROAD);
        assertThat(eta.roadMetres(MG_ROAD, RESIDENCY_ROAD)).isCloseTo(straight * 1.4, Offset.offset(0.01));
    }

    @Test
    void travelTimeIsTheRoadOverTheSpeed() {
        var travel = eta.travel(MG_ROAD, RESIDENCY_ROAD, 5.0);
        assertThat(travel.toMillis() / 1000.0)
                .isCloseTo(eta.roadMetres(MG_ROAD, RESIDENCY_ROAD) / 5.0, Offset.offset(0.01));
    }

    @Test
    void aRiderWhoArrivesEarlyWaitsForTheFood() {
        var readyAt = NOW.plus(Duration.ofMinutes(20));
        var arrival = eta.arrivalAtDropOffViaPickup(NOW, MG_ROAD, MG_ROAD, readyAt, RESIDENCY_ROAD, 5.0);
        assertThat(arrival).isEqualTo(readyAt.plus(eta.travel(MG_ROAD, RESIDENCY_ROAD, 5.0)));
    }

    @Test
    void theHandOverAtTheRestaurantCounts() {
        var withHandover = new EtaEstimator(1.4, Duration.ofMinutes(2));
        var readyAt = NOW.plus(Duration.ofMinutes(20));
        assertThat(withHandover.arrivalAtDropOffViaPickup(NOW, MG_ROAD, MG_ROAD, readyAt, RESIDENCY_ROAD, 5.0))
                .isEqualTo(eta.arrivalAtDropOffViaPickup(NOW, MG_ROAD, MG_ROAD, readyAt, RESIDENCY_ROAD, 5.0)
                        .plus(Duration.ofMinutes(2)));
    }

    @Test
    void aLateRiderLeavesWhenTheyArrive() {
        var far = new GeoPoint(12.99, 77.62);
        var arrival = eta.arrivalAtDropOffViaPickup(NOW, far, MG_ROAD, NOW, RESIDENCY_ROAD, 5.0);
        assertThat(arrival)
                .isEqualTo(NOW.plus(eta.travel(far, MG_ROAD, 5.0)).plus(eta.travel(MG_ROAD, RESIDENCY_ROAD, 5.0)));
    }

    @Test
    void refusesAFactorBelowOneAndANonPositiveSpeed() {
        assertThatThrownBy(() -> new EtaEstimator(0.9, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EtaEstimator(1.2, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> eta.travel(MG_ROAD, RESIDENCY_ROAD, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
