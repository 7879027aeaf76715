/** Events of order-service: the order lifecycle, from checkout to delivery, cancellation or rejection. */
@NullMarked
package dev.platter.platform.events.order;

import org.jspecify.annotations.NullMarked;
