/** The restaurants replica (restaurantId to owner, name and city) from RestaurantUpserted: who may see what. */
@NullMarked
package dev.platter.analytics.restaurant;

import org.jspecify.annotations.NullMarked;
