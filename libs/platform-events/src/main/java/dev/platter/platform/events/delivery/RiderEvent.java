package dev.platter.platform.events.delivery;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.platter.platform.events.PlatterEvent;
import java.util.UUID;

/**
 * Events of a rider's working state, published on {@code platter.riders.v1} keyed by rider id (the rider's user id);
 * {@code version} is the rider's operational state's.
 */
public sealed interface RiderEvent extends PlatterEvent permits RiderWentOnline, RiderWentOffline {

    UUID riderId();

    @Override
    @JsonIgnore
    default String aggregateId() {
        return riderId().toString();
    }
}
