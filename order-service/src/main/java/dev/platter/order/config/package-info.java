/** Wiring that belongs to no single module: who may call what, JSON columns, the service's settings. */
@NullMarked
package dev.platter.order.config;

import org.jspecify.annotations.NullMarked;
