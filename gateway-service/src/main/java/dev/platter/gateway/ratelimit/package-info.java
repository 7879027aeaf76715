/** Rate limits per user and per client address, in Redis with a local fallback. */
@NullMarked
package dev.platter.gateway.ratelimit;

import org.jspecify.annotations.NullMarked;
