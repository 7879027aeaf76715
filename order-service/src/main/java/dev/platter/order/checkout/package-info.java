/** Pricing a cart for a drop-off point (the breakdown the customer sees before placing) and, later, checkout. */
@NullMarked
package dev.platter.order.checkout;

import org.jspecify.annotations.NullMarked;
