/** Promo codes: rules, evaluation, and uses reserved per order and confirmed on delivery. */
@NullMarked
package dev.platter.payment.promotion;

import org.jspecify.annotations.NullMarked;
