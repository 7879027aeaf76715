/** delivery-service: Riders, dispatch, deliveries and live positions. */
@NullMarked
package dev.platter.delivery;

import org.jspecify.annotations.NullMarked;
