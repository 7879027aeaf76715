package dev.platter.platform.events.restaurant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.platter.platform.events.PlatterEvent;
import java.util.UUID;

/**
 * Events of a restaurant, its menu and its reviews, published on {@code platter.restaurants.v1} keyed by restaurant
 * id. {@code version} is the version of what the event describes: the restaurant, its menu, or the review; compare it
 * only with earlier events of the same type.
 */
public sealed interface RestaurantEvent extends PlatterEvent
        permits RestaurantUpserted, RestaurantAvailabilityChanged, MenuChanged, ReviewPublished {

    UUID restaurantId();

    @Override
    @JsonIgnore
    default String aggregateId() {
        return restaurantId().toString();
    }
}
