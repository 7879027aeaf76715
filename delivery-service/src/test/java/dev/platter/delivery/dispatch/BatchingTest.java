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

class BatchingTest {

    private static final GeoPoint SPICE_GARDEN = new GeoPoint(12.9716, 77.5946);
    private static final UUID RESTAURANT = UUID.randomUUID();
    private static final Instant READY = Instant.parse("2026-12-02T13:15:00Z");

    private final Batching batching = new Batching(
            new DeliveryProperties.Batching(1500, Duration.ofMinutes(10)), new EtaEstimator(1.35, Duration.ZERO));

    private static GeoPoint at(double east, double north) {
        return new GeoPoint(
                SPICE_GARDEN.lat() + north / 111_320.0,
                SPICE_GARDEN.lon() + east / (111_320.0 * Math.cos(Math.toRadians(SPICE_GARDEN.lat()))));
    }

    private static Batching.Carried carried(UUID restaurant, DeliveryStatus status, Instant readyAt, GeoPoint dropOff) {
        return new Batching.Carried(restaurant, status, readyAt, dropOff);
    }

    @Test
    void anEmptyRiderTakesAnything() {
        assertThat(batching.fits(List.of(), RESTAURANT, SPICE_GARDEN, READY, at(0, 3000)))
                .isTrue();
    }

    @Test
    void aSecondOrderAlongTheWayFits() {
        var first = carried(RESTAURANT, DeliveryStatus.ASSIGNED, READY, at(0, 2000));
        assertThat(batching.fits(List.of(first), RESTAURANT, SPICE_GARDEN, READY.plusSeconds(120), at(300, 2100)))
                .isTrue();
    }

    @Test
    void aDropOffTheOtherWayDoesNotFit() {
        var first = carried(RESTAURANT, DeliveryStatus.AT_RESTAURANT, READY, at(0, 2000));
        assertThat(batching.fits(List.of(first), RESTAURANT, SPICE_GARDEN, READY, at(0, -2500)))
                .isFalse();
    }

    @Test
    void anotherRestaurantAPickedUpOrderOrAFarReadyTimeDoNotFit() {
        var drop = at(0, 2000);
        assertThat(batching.fits(
                        List.of(carried(UUID.randomUUID(), DeliveryStatus.ASSIGNED, READY, drop)),
                        RESTAURANT,
                        SPICE_GARDEN,
                        READY,
                        drop))
                .isFalse();
        assertThat(batching.fits(
                        List.of(carried(RESTAURANT, DeliveryStatus.PICKED_UP, READY, drop)),
                        RESTAURANT,
                        SPICE_GARDEN,
                        READY,
                        drop))
                .isFalse();
        assertThat(batching.fits(
                        List.of(carried(RESTAURANT, DeliveryStatus.ASSIGNED, READY, drop)),
                        RESTAURANT,
                        SPICE_GARDEN,
                        READY.plus(Duration.ofMinutes(25)),
                        drop))
                .isFalse();
    }
}
