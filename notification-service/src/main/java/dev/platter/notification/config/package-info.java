/** Wiring and settings that belong to no module: properties, security, JSON. */
@NullMarked
package dev.platter.notification.config;

import org.jspecify.annotations.NullMarked;
