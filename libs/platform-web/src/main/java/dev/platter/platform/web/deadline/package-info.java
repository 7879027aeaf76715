/** Durable timers (payment expiry, ticket acceptance, offer expiry): set in a transaction, fired once, after restarts. */
@NullMarked
package dev.platter.platform.web.deadline;

import org.jspecify.annotations.NullMarked;
