/** Customers' wallets as a double-entry ledger: reservations, debits, credits, balance and history. */
@NullMarked
package dev.platter.payment.wallet;

import org.jspecify.annotations.NullMarked;
