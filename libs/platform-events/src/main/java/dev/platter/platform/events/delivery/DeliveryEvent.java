package dev.platter.platform.events.delivery;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.platter.platform.events.PlatterEvent;
import java.util.UUID;

/**
 * Events of an order's delivery, published on {@code platter.deliveries.v1} keyed by order id; {@code version} is the
 * delivery's. No delivery event carries the order's handoff code.
 */
public sealed interface DeliveryEvent extends PlatterEvent
        permits DeliveryRequested,
                DeliveryOffered,
                OfferDeclined,
                OfferExpired,
                RiderAssigned,
                RiderArrivedAtRestaurant,
                DeliveryPickedUp,
                DeliveryCompleted,
                DeliveryCancelled,
                HandoffFailed,
                DeliveryUnassignable {

    UUID orderId();

    UUID deliveryId();

    @Override
    @JsonIgnore
    default String aggregateId() {
        return orderId().toString();
    }
}
