package dev.platter.platform.events.delivery;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.platter.platform.events.PlatterEvent;
import java.util.UUID;

/**
 * Live positions of a rider on an active delivery, published on {@code platter.rider-locations.v1} keyed by order id
 * (sent directly, best effort: a lost position is replaced by the next).
 */
public sealed interface RiderLocationEvent extends PlatterEvent permits RiderLocationUpdated {

    UUID orderId();

    @Override
    @JsonIgnore
    default String aggregateId() {
        return orderId().toString();
    }
}
