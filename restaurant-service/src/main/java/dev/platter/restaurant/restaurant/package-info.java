/** Restaurants: profile, opening hours, pause and approval, the near-me listing, and running ratings. */
@NullMarked
package dev.platter.restaurant.restaurant;

import org.jspecify.annotations.NullMarked;
