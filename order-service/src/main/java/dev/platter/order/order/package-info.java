/**
 * Orders and their lifecycle: the aggregate and its status machine, the reactions to payment, kitchen and delivery
 * events, the payment expiry, and the views customers, owners, riders and admins read.
 */
@NullMarked
package dev.platter.order.order;

import org.jspecify.annotations.NullMarked;
