/** notification-service: Notifications by push, email and SMS, the in-app inbox and the WebSocket hub. */
@NullMarked
package dev.platter.notification;

import org.jspecify.annotations.NullMarked;
