package dev.platter.delivery.dispatch;

import dev.platter.platform.events.GeoPoint;
import dev.platter.platform.events.Money;
import java.time.Instant;
import java.util.UUID;

/** The rider's current offer: what the app shows while they decide. */
record OfferView(
        UUID offerId,
        UUID deliveryId,
        Instant expiresAt,
        String restaurantName,
        String pickupAddress,
        GeoPoint pickup,
        Instant readyAt,
        GeoPoint dropOff,
        int distanceToPickupMetres,
        int tripMetres,
        Money cashToCollect) {

    static OfferView of(Offer offer, Delivery delivery) {
        return new OfferView(
                offer.id(),
                delivery.id(),
                offer.expiresAt(),
                delivery.restaurantName(),
                delivery.pickupAddress(),
                delivery.pickup(),
                delivery.readyAt(),
                delivery.dropOff(),
                offer.distanceToPickupMetres(),
                delivery.tripMetres(),
                delivery.cashToCollect());
    }
}
