/** Loyalty points: earned on delivered orders, reversed with refunds, redeemed into wallet credit. */
@NullMarked
package dev.platter.payment.loyalty;

import org.jspecify.annotations.NullMarked;
