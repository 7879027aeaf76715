/** An order's payment: creation, the lifecycle driven by order and delivery events and provider webhooks, refunds. */
@NullMarked
package dev.platter.payment.payment;

import org.jspecify.annotations.NullMarked;
