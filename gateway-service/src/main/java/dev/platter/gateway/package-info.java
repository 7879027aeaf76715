/** gateway-service: The single public entry: routes, token checks at the edge, rate limits. */
@NullMarked
package dev.platter.gateway;

import org.jspecify.annotations.NullMarked;
