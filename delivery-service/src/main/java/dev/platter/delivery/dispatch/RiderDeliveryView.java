package dev.platter.delivery.dispatch;

import dev.platter.platform.events.GeoPoint;
import dev.platter.platform.events.Money;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A delivery as its rider sees it: where to collect and where to go, what to collect at the door. Never the handoff
 * code: the customer tells it at the door.
 */
public record RiderDeliveryView(
        UUID id,
        UUID orderId,
        DeliveryStatus status,
        String restaurantName,
        String pickupAddress,
        GeoPoint pickup,
        Instant readyAt,
        String customerName,
        @Nullable String customerPhone,
        String dropOffAddress,
        GeoPoint dropOff,
        @Nullable String instructions,
        int itemCount,
        Money cashToCollect,
        int tripMetres,
        @Nullable Instant estimatedPickupAt,
        @Nullable Instant estimatedDeliveryAt,
        boolean handoffFailed,
        @Nullable Instant deliveredAt) {

    static RiderDeliveryView of(Delivery delivery) {
        boolean ongoing = delivery.status().active();
        return new RiderDeliveryView(
                delivery.id(),
                delivery.orderId(),
                delivery.status(),
                delivery.restaurantName(),
                delivery.pickupAddress(),
                delivery.pickup(),
                delivery.readyAt(),
                delivery.customerName(),
                ongoing ? delivery.customerPhone() : null,
                delivery.dropoffAddress(),
                delivery.dropOff(),
                delivery.instructions(),
                delivery.itemCount(),
                delivery.cashToCollect(),
                delivery.tripMetres(),
                delivery.estimatedPickupAt(),
                delivery.estimatedDeliveryAt(),
                delivery.handoffFailed(),
                delivery.deliveredAt());
    }
}
