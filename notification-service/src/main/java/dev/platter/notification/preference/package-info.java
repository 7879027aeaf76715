/** Each user's channel preferences for order updates. */
@NullMarked
package dev.platter.notification.preference;

import org.jspecify.annotations.NullMarked;
