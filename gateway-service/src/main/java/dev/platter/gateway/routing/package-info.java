/** The route table: every public prefix to the service that owns it, with timeouts, circuit breakers and retries. */
@NullMarked
package dev.platter.gateway.routing;

import org.jspecify.annotations.NullMarked;
