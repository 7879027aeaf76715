/** Positions from riders: validation, the live position, the trail of active deliveries, ETA updates published as RiderLocationUpdated, and what a customer may see. */
@NullMarked
package dev.platter.delivery.tracking;

import org.jspecify.annotations.NullMarked;
