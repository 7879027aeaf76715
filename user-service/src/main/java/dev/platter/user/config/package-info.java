/** Wiring that belongs to no single module: the security rules of the endpoints and the caller's identity. */
@NullMarked
package dev.platter.user.config;

import org.jspecify.annotations.NullMarked;
