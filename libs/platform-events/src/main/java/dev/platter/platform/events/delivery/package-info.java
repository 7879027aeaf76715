/** Events of delivery-service: deliveries and their offers, riders going on- and offline, and live rider positions. */
@NullMarked
package dev.platter.platform.events.delivery;

import org.jspecify.annotations.NullMarked;
