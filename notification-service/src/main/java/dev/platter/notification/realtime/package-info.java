/** The WebSocket hub: authenticated subscriptions, fan-out across instances through Redis, replay. */
@NullMarked
package dev.platter.notification.realtime;

import org.jspecify.annotations.NullMarked;
