/** The payment provider: stripe-java against Stripe or the local sandbox, webhook signatures and endpoint registration. */
@NullMarked
package dev.platter.payment.provider;

import org.jspecify.annotations.NullMarked;
