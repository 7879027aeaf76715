/** RFC 9457 problem responses: one advice, stable problem types, security entry points. */
@NullMarked
package dev.platter.platform.web.problem;

import org.jspecify.annotations.NullMarked;
