package dev.platter.delivery.eta;

import dev.platter.platform.events.GeoPoint;
import java.time.Duration;
import java.time.Instant;

/**
 * Estimates travel on roads without a road map: the great-circle distance times a road factor (streets are not
 * straight lines), over the vehicle's average speed. An arrival at the customer waits for the food first: the rider
 * leaves the restaurant a hand-over after they are there and the food is ready, whichever is later.
 */
public final class EtaEstimator {

    private final double roadFactor;
    private final Duration pickupHandover;

    public EtaEstimator(double roadFactor, Duration pickupHandover) {
        if (!(roadFactor >= 1.0)) {
            throw new IllegalArgumentException("A road is never shorter than the straight line: factor " + roadFactor);
        }
        if (pickupHandover.isNegative()) {
            throw new IllegalArgumentException("A hand-over takes no negative time: " + pickupHandover);
        }
        this.roadFactor = roadFactor;
        this.pickupHandover = pickupHandover;
    }

    /** The estimated road distance between two points, in metres. */
    public double roadMetres(GeoPoint from, GeoPoint to) {
        return from.distanceMetresTo(to) * roadFactor;
    }

    /** How long the road from {@code from} to {@code to} takes at {@code speedMps}. */
    public Duration travel(GeoPoint from, GeoPoint to, double speedMps) {
        if (!(speedMps > 0)) {
            throw new IllegalArgumentException("Speed must be positive, was " + speedMps);
        }
        return Duration.ofMillis(Math.round(roadMetres(from, to) / speedMps * 1000));
    }

    /** When a rider at {@code position} reaches the restaurant at {@code pickup}. */
    public Instant arrivalAtPickup(Instant now, GeoPoint position, GeoPoint pickup, double speedMps) {
        return now.plus(travel(position, pickup, speedMps));
    }

    /**
     * When a rider who has not picked up yet reaches the customer: to the restaurant, wait until {@code readyAt} if
     * early, take the food (the hand-over), then to the drop-off.
     */
    public Instant arrivalAtDropOffViaPickup(
            Instant now, GeoPoint position, GeoPoint pickup, Instant readyAt, GeoPoint dropOff, double speedMps) {
        var atPickup = arrivalAtPickup(now, position, pickup, speedMps);
        var leaves = (atPickup.isAfter(readyAt) ? atPickup : readyAt).plus(pickupHandover);
        return leaves.plus(travel(pickup, dropOff, speedMps));
    }

    /** When a rider with the food at {@code position} reaches the customer. */
    public Instant arrivalAtDropOff(Instant now, GeoPoint position, GeoPoint dropOff, double speedMps) {
        return now.plus(travel(position, dropOff, speedMps));
    }
}
