package dev.platter.platform.events.order;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.platter.platform.events.PlatterEvent;
import java.util.UUID;

/**
 * Events of an order, published on {@code platter.orders.v1} keyed by order id; {@code version} is the order's.
 * Every order event names its customer and restaurant, so a consumer can notify or attribute it without a replica.
 */
public sealed interface OrderEvent extends PlatterEvent
        permits OrderCreated,
                OrderPlaced,
                OrderAccepted,
                OrderPreparing,
                OrderReadyForPickup,
                OrderPickedUp,
                OrderDelivered,
                OrderCancelled,
                OrderRejected {

    UUID orderId();

    UUID customerId();

    UUID restaurantId();

    @Override
    @JsonIgnore
    default String aggregateId() {
        return orderId().toString();
    }
}
