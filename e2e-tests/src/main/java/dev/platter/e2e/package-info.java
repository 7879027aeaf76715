/** Journeys across every Platter service through the gateway, and the demo that walks one order. */
@NullMarked
package dev.platter.e2e;

import org.jspecify.annotations.NullMarked;
