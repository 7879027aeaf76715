/** Device tokens apps register for push. */
@NullMarked
package dev.platter.notification.device;

import org.jspecify.annotations.NullMarked;
