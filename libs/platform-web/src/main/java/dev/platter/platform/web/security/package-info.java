/** JWT validation for servlet and reactive services: keys from JWKS, roles, issuer, audience, suspension. */
@NullMarked
package dev.platter.platform.web.security;

import org.jspecify.annotations.NullMarked;
