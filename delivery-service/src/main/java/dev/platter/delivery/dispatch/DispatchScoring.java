package dev.platter.delivery.dispatch;

import dev.platter.delivery.config.DeliveryProperties;
import dev.platter.delivery.eta.EtaEstimator;
import dev.platter.platform.events.GeoPoint;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Scores the riders who could take a delivery; the lowest cost wins. The cost is in seconds: arriving after the food
 * is ready costs most (the food waits), arriving early costs a little (the rider waits), a rider who has waited long
 * for work, a well-rated rider and a rider with nothing on board are preferred.
 */
final class DispatchScoring {

    /** A rider who may be offered the delivery, as dispatch sees them. */
    record Candidate(
            UUID riderId, GeoPoint position, double speedMps, Instant idleSince, @Nullable Double rating, int load) {}

    /** A candidate with their cost and when they would reach the restaurant. */
    record Scored(Candidate candidate, double cost, Instant arrivesAt) {}

    private final DeliveryProperties.Scoring weights;
    private final EtaEstimator eta;

    DispatchScoring(DeliveryProperties.Scoring weights, EtaEstimator eta) {
        this.weights = weights;
        this.eta = eta;
    }

    Scored score(Candidate candidate, GeoPoint pickup, Instant readyAt, Instant now) {
        var arrives = eta.arrivalAtPickup(now, candidate.position(), pickup, candidate.speedMps());
        double lateSeconds = Math.max(0, Duration.between(readyAt, arrives).toMillis() / 1000.0);
        double earlySeconds = Math.max(0, Duration.between(arrives, readyAt).toMillis() / 1000.0);
        double idleSeconds = Math.min(
                        Math.max(0, Duration.between(candidate.idleSince(), now).toMillis()),
                        weights.idleCap().toMillis())
                / 1000.0;
        double stars = candidate.rating() == null ? 0 : candidate.rating() - 3.0;
        double cost = lateSeconds * weights.lateWeight()
                + earlySeconds * weights.earlyWeight()
                - idleSeconds * weights.idleWeight()
                - stars * weights.ratingWeight()
                + candidate.load() * weights.loadWeight();
        return new Scored(candidate, cost, arrives);
    }

    /** The best of the candidates, if any. */
    Optional<Scored> best(List<Candidate> candidates, GeoPoint pickup, Instant readyAt, Instant now) {
        return candidates.stream()
                .map(candidate -> score(candidate, pickup, readyAt, now))
                .min(Comparator.comparingDouble(Scored::cost)
                        .thenComparing(scored -> scored.candidate().riderId()));
    }
}
