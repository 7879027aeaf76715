/** payment-service: Payments through Stripe, refunds, wallets, promotions and loyalty. */
@NullMarked
package dev.platter.payment;

import org.jspecify.annotations.NullMarked;
