/** Events of payment-service: an order's payment being secured, captured or released, and refunds. */
@NullMarked
package dev.platter.platform.events.payment;

import org.jspecify.annotations.NullMarked;
