/** Deliveries and their offers: creation on OrderAccepted, finding and scoring riders, offers with durable expiry, the rider's steps to the handoff, cancellation, batching, earnings. */
@NullMarked
package dev.platter.delivery.dispatch;

import org.jspecify.annotations.NullMarked;
