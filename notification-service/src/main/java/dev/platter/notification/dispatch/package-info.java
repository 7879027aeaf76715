/** Turns events into notifications: one per event, recipient and channel, recorded and sent with retries. */
@NullMarked
package dev.platter.notification.dispatch;

import org.jspecify.annotations.NullMarked;
