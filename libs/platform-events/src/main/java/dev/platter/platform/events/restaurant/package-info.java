/** Events of restaurant-service: restaurants, menus and reviews, and the kitchen tickets of their orders. */
@NullMarked
package dev.platter.platform.events.restaurant;

import org.jspecify.annotations.NullMarked;
