/** The in-app inbox: each user's notifications, unread count, mark read. */
@NullMarked
package dev.platter.notification.inapp;

import org.jspecify.annotations.NullMarked;
