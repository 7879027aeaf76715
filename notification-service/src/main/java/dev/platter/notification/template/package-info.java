/** Message templates per event and locale: subject, short text, plain text and HTML. */
@NullMarked
package dev.platter.notification.template;

import org.jspecify.annotations.NullMarked;
