/** Wiring that belongs to no single module: who may call what, JSON columns, paging, the service's settings. */
@NullMarked
package dev.platter.restaurant.config;

import org.jspecify.annotations.NullMarked;
