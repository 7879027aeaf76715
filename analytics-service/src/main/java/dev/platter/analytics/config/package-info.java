/** Wiring that belongs to no module: security rules and the service's settings. */
@NullMarked
package dev.platter.analytics.config;

import org.jspecify.annotations.NullMarked;
