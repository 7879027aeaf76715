/** Support cases: a customer's complaint about their own order, and the admin's refund or decline. */
@NullMarked
package dev.platter.order.support;

import org.jspecify.annotations.NullMarked;
