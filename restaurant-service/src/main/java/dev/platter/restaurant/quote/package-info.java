/** Quotes for order-service: cart lines priced from our own data, each flagged available or not, with the facts. */
@NullMarked
package dev.platter.restaurant.quote;

import org.jspecify.annotations.NullMarked;
