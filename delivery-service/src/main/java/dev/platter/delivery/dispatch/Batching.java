package dev.platter.delivery.dispatch;

import dev.platter.delivery.config.DeliveryProperties;
import dev.platter.delivery.eta.EtaEstimator;
import dev.platter.platform.events.GeoPoint;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Whether a rider already heading to a restaurant may take one more order from it: everything they carry is from the
 * same restaurant and not yet picked up, the ready times are close, and the best route through all drop-offs is at
 * most the detour limit longer than the longest single trip.
 */
final class Batching {

    /** A delivery a rider already carries, as batching sees it. */
    record Carried(UUID restaurantId, DeliveryStatus status, Instant readyAt, GeoPoint dropOff) {}

    private final DeliveryProperties.Batching limits;
    private final EtaEstimator eta;

    Batching(DeliveryProperties.Batching limits, EtaEstimator eta) {
        this.limits = limits;
        this.eta = eta;
    }

    boolean fits(List<Carried> carried, UUID restaurantId, GeoPoint pickup, Instant readyAt, GeoPoint dropOff) {
        if (carried.isEmpty()) {
            return true;
        }
        for (var delivery : carried) {
            if (!delivery.restaurantId().equals(restaurantId)
                    || delivery.status() == DeliveryStatus.PICKED_UP
                    || Duration.between(delivery.readyAt(), readyAt).abs().compareTo(limits.maxReadyGap()) > 0) {
                return false;
            }
        }
        var stops = new java.util.ArrayList<GeoPoint>(
                carried.stream().map(Carried::dropOff).toList());
        stops.add(dropOff);
        double longestSingle = stops.stream()
                .mapToDouble(stop -> eta.roadMetres(pickup, stop))
                .max()
                .orElse(0);
        return shortestRoute(pickup, stops) - longestSingle <= limits.maxDetourMetres();
    }

    /** The shortest road from {@code start} through every stop (few stops: every order is tried). */
    private double shortestRoute(GeoPoint start, List<GeoPoint> stops) {
        if (stops.isEmpty()) {
            return 0;
        }
        double best = Double.MAX_VALUE;
        for (int i = 0; i < stops.size(); i++) {
            var rest = new java.util.ArrayList<>(stops);
            var next = rest.remove(i);
            best = Math.min(best, eta.roadMetres(start, next) + shortestRoute(next, rest));
        }
        return best;
    }
}
