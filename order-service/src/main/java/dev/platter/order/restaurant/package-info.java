/** The restaurant facts order-service keeps from restaurant events: who owns which restaurant. */
@NullMarked
package dev.platter.order.restaurant;

import org.jspecify.annotations.NullMarked;
