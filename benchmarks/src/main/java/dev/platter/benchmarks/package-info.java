/**
 * Platter's load-test harness: {@code ./platform bench} seeds a city, runs a scenario's Gatling simulation against the
 * running platform, and writes what it measured.
 */
@NullMarked
package dev.platter.benchmarks;

import org.jspecify.annotations.NullMarked;
