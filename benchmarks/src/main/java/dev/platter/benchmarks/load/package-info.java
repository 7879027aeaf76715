/** The load: the Gatling simulation, the plan it runs, the sessions, the rider app and what a run prepares. */
@NullMarked
package dev.platter.benchmarks.load;

import org.jspecify.annotations.NullMarked;
