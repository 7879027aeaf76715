package dev.platter.delivery.dispatch;

import dev.platter.platform.events.GeoPoint;
import dev.platter.platform.events.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A delivery as ops see it: where it stands, who has it, the offers made, the dispatch and handoff trouble. */
record AdminDeliveryView(
        UUID id,
        UUID orderId,
        DeliveryStatus status,
        UUID restaurantId,
        String restaurantName,
        GeoPoint pickup,
        UUID customerId,
        GeoPoint dropOff,
        Instant readyAt,
        @Nullable UUID riderId,
        Instant searchingSince,
        boolean unassignable,
        int dispatchAttempts,
        int handoffAttempts,
        boolean handoffFailed,
        Money cashToCollect,
        Money tip,
        int tripMetres,
        @Nullable Instant estimatedPickupAt,
        @Nullable Instant estimatedDeliveryAt,
        @Nullable Instant pickedUpAt,
        @Nullable Instant deliveredAt,
        @Nullable Instant cancelledAt,
        List<OfferSummary> offers) {

    record OfferSummary(UUID offerId, UUID riderId, OfferStatus status, Instant offeredAt, Instant expiresAt) {}

    static AdminDeliveryView of(Delivery delivery, List<Offer> offers) {
        return new AdminDeliveryView(
                delivery.id(),
                delivery.orderId(),
                delivery.status(),
                delivery.restaurantId(),
                delivery.restaurantName(),
                delivery.pickup(),
                delivery.customerId(),
                delivery.dropOff(),
                delivery.readyAt(),
                delivery.riderId(),
                delivery.searchingSince(),
                delivery.unassignableReported(),
                delivery.dispatchAttempts(),
                delivery.handoffAttempts(),
                delivery.handoffFailed(),
                delivery.cashToCollect(),
                delivery.tip(),
                delivery.tripMetres(),
                delivery.estimatedPickupAt(),
                delivery.estimatedDeliveryAt(),
                delivery.pickedUpAt(),
                delivery.deliveredAt(),
                delivery.cancelledAt(),
                offers.stream()
                        .map(offer -> new OfferSummary(
                                offer.id(), offer.riderId(), offer.status(), offer.offeredAt(), offer.expiresAt()))
                        .toList());
    }
}
