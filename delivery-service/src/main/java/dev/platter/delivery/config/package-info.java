/** Wiring that belongs to no module: settings, security rules. */
@NullMarked
package dev.platter.delivery.config;

import org.jspecify.annotations.NullMarked;
