/** The benchmark city: its people and restaurants, generated the same way every time, and how it is seeded. */
@NullMarked
package dev.platter.benchmarks.city;

import org.jspecify.annotations.NullMarked;
