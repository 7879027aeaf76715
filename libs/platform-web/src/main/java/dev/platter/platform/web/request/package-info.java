/** Request ids on every request, response and log line. */
@NullMarked
package dev.platter.platform.web.request;

import org.jspecify.annotations.NullMarked;
