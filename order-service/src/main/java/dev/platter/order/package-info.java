/** order-service: Carts, checkout, orders and their lifecycle, support cases. */
@NullMarked
package dev.platter.order;

import org.jspecify.annotations.NullMarked;
