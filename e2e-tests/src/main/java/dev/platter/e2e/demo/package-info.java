/** {@code ./platform demo}: seeds a small city and walks one order through the gateway, printing each step. */
@NullMarked
package dev.platter.e2e.demo;

import org.jspecify.annotations.NullMarked;
