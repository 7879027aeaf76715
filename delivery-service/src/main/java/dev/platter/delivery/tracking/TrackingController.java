package dev.platter.delivery.tracking;

import dev.platter.delivery.dispatch.DeliveryNotFound;
import dev.platter.delivery.dispatch.DeliveryRepository;
import dev.platter.delivery.dispatch.DeliveryStatus;
import dev.platter.delivery.rider.RiderPositions;
import dev.platter.delivery.rider.RiderRepository;
import dev.platter.platform.events.GeoPoint;
import dev.platter.platform.web.security.CurrentUser;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer follows their own delivery, by order id: its status, the rider's first name and ETAs, and the rider's
 * position only while the rider is on the way with it (never before assignment, never after the handoff).
 */
@RestController
class TrackingController {

    /** What the customer sees. */
    record TrackingView(
            UUID orderId,
            DeliveryStatus status,
            @Nullable String riderName,
            @Nullable GeoPoint riderPosition,
            @Nullable Instant positionAt,
            @Nullable Instant estimatedPickupAt,
            @Nullable Instant estimatedDeliveryAt) {}

    private final DeliveryRepository deliveries;
    private final RiderRepository riders;
    private final RiderPositions positions;
    private final TrackingStore tracking;

    TrackingController(
            DeliveryRepository deliveries, RiderRepository riders, RiderPositions positions, TrackingStore tracking) {
        this.deliveries = deliveries;
        this.riders = riders;
        this.positions = positions;
        this.tracking = tracking;
    }

    @GetMapping("/api/v1/deliveries/{orderId}/tracking")
    @Transactional(readOnly = true)
    public TrackingView track(@AuthenticationPrincipal Jwt token, @PathVariable UUID orderId) {
        var customerId = CurrentUser.id(token);
        var delivery = deliveries
                .findByOrderId(orderId)
                .filter(found -> found.customerId().equals(customerId))
                .orElseThrow(() -> new DeliveryNotFound(orderId));
        var riderId = delivery.riderId();
        String riderName = riderId == null || delivery.status() == DeliveryStatus.CANCELLED
                ? null
                : riders.findById(riderId).map(rider -> firstName(rider.name())).orElse(null);
        if (!delivery.status().active() || riderId == null) {
            return new TrackingView(
                    orderId,
                    delivery.status(),
                    riderName,
                    null,
                    null,
                    delivery.estimatedPickupAt(),
                    delivery.estimatedDeliveryAt());
        }
        var track = tracking.get(delivery.id());
        if (track.isPresent()) {
            return new TrackingView(
                    orderId,
                    delivery.status(),
                    riderName,
                    track.get().position(),
                    track.get().at(),
                    delivery.estimatedPickupAt(),
                    track.get().deliveryAt() != null ? track.get().deliveryAt() : delivery.estimatedDeliveryAt());
        }
        var last = positions.last(riderId);
        return new TrackingView(
                orderId,
                delivery.status(),
                riderName,
                last.map(RiderPositions.Position::point).orElse(null),
                last.map(RiderPositions.Position::at).orElse(null),
                delivery.estimatedPickupAt(),
                delivery.estimatedDeliveryAt());
    }

    private static String firstName(String name) {
        var trimmed = name.trim();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }
}
