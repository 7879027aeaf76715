/** restaurant-service: Restaurants, opening hours, menus, kitchen tickets and reviews. */
@NullMarked
package dev.platter.restaurant;

import org.jspecify.annotations.NullMarked;
