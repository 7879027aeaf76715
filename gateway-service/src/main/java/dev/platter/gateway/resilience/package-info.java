/** Circuit breakers per downstream service. */
@NullMarked
package dev.platter.gateway.resilience;

import org.jspecify.annotations.NullMarked;
