/** Compares open payments with the provider and repairs drift, with a report of what changed. */
@NullMarked
package dev.platter.payment.reconciliation;

import org.jspecify.annotations.NullMarked;
