/**
 * Tokens: login and its throttling, access tokens (RS256 JWT), refresh tokens (opaque, rotated, families), service
 * tokens, the signing keys (encrypted at rest, rotated) and their JWKS, and the decoder that trusts them.
 */
@NullMarked
package dev.platter.user.token;

import org.jspecify.annotations.NullMarked;
