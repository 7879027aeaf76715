/** Arrival estimates: road distance from great-circle distance, over the vehicle's speed, plus remaining preparation. */
@NullMarked
package dev.platter.delivery.eta;

import org.jspecify.annotations.NullMarked;
