/** Wiring that belongs to no single module: security rules, the caller's identity, paging, idempotent endpoints. */
@NullMarked
package dev.platter.payment.config;

import org.jspecify.annotations.NullMarked;
