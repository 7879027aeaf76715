package dev.platter.delivery.config;

import dev.platter.platform.events.user.VehicleType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * delivery-service's settings ({@code platter.delivery}); every duration and weight is configuration.
 *
 * @param offerTimeout how long a rider may accept an offer
 * @param searchRadiiMetres the circles around the restaurant searched in turn until a rider is found
 * @param candidatesPerRadius at most this many nearest riders are considered per circle
 * @param retryInitial when nobody can be offered the delivery, the search runs again this much later (doubled per try)
 * @param retryMax the longest pause between searches
 * @param unassignableAfter searching longer than this makes the delivery unassignable (ops are told, once)
 * @param riderStaleAfter a rider silent (no position) longer than this gets no offers
 * @param riderOfflineAfter a rider silent longer than this is taken offline (INACTIVITY)
 * @param roadFactor road distance over great-circle distance
 * @param pickupHandover how long taking the food at the restaurant takes, once it is ready and the rider is there
 * @param maxPlausibleSpeedMps a jump faster than this between two positions is flagged and not used
 * @param positionFutureTolerance a position stamped further than this in the future is refused
 * @param trailRetention how long the trail of a delivery's positions is kept (disputes, ETA analysis)
 * @param handoffMaxAttempts wrong handoff codes allowed before the handoff fails to admins
 * @param vehicles speed and capacity per vehicle
 * @param batching when a rider heading to a restaurant may take a second order from it
 * @param scoring weights of the dispatch score
 * @param earnings what a rider earns per delivery
 */
@ConfigurationProperties("platter.delivery")
public record DeliveryProperties(
        Duration offerTimeout,
        List<Integer> searchRadiiMetres,
        int candidatesPerRadius,
        Duration retryInitial,
        Duration retryMax,
        Duration unassignableAfter,
        Duration riderStaleAfter,
        Duration riderOfflineAfter,
        double roadFactor,
        Duration pickupHandover,
        double maxPlausibleSpeedMps,
        Duration positionFutureTolerance,
        Duration trailRetention,
        int handoffMaxAttempts,
        Map<VehicleType, Vehicle> vehicles,
        Batching batching,
        Scoring scoring,
        Earnings earnings) {

    public DeliveryProperties {
        if (searchRadiiMetres.isEmpty()) {
            throw new IllegalArgumentException("platter.delivery.search-radii-metres needs at least one radius");
        }
        for (var type : VehicleType.values()) {
            if (!vehicles.containsKey(type)) {
                throw new IllegalArgumentException("platter.delivery.vehicles lacks " + type);
            }
        }
    }

    /** The settings of one vehicle type. */
    public Vehicle vehicle(VehicleType type) {
        return vehicles.get(type);
    }

    /**
     * @param speedKmh average speed in town with stops at signals and in traffic counted, for ETAs and dispatch
     * @param capacity how many deliveries a rider carries at once
     */
    public record Vehicle(double speedKmh, int capacity) {

        public double speedMps() {
            return speedKmh / 3.6;
        }
    }

    /**
     * @param maxDetourMetres the extra road distance a second drop-off may add to the rider's trip
     * @param maxReadyGap how far apart the two orders' ready times may be
     */
    public record Batching(int maxDetourMetres, Duration maxReadyGap) {}

    /**
     * The score of a candidate is a cost in seconds (lower is better).
     *
     * @param lateWeight per second the rider would reach the restaurant after the food is ready
     * @param earlyWeight per second the rider would wait at the restaurant for the food
     * @param idleWeight per second the rider has been waiting for work (subtracted), up to {@code idleCap}
     * @param idleCap idle time counts up to this
     * @param ratingWeight seconds per star above (or below) three
     * @param loadWeight seconds per delivery the rider already carries
     */
    public record Scoring(
            double lateWeight,
            double earlyWeight,
            double idleWeight,
            Duration idleCap,
            double ratingWeight,
            double loadWeight) {}

    /**
     * @param baseMinor per delivery, in minor units
     * @param perKmMinor per kilometre of the trip from restaurant to customer
     * @param currency the currency of the two
     */
    public record Earnings(long baseMinor, long perKmMinor, String currency) {}
}
