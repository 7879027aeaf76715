/** The customer's cart, one per customer in Redis, always shown at the restaurant's current prices. */
@NullMarked
package dev.platter.order.cart;

import org.jspecify.annotations.NullMarked;
