/** Reviews: customers rate delivered orders (restaurant and rider) once, owners reply once; ReviewPublished. */
@NullMarked
package dev.platter.restaurant.review;

import org.jspecify.annotations.NullMarked;
