/** Token checks at the edge, public paths, CORS and security headers. */
@NullMarked
package dev.platter.gateway.security;

import org.jspecify.annotations.NullMarked;
