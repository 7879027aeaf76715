/** What a run measures besides latency: processes' CPU and memory, GC pauses, Kafka consumer lag; and the summary. */
@NullMarked
package dev.platter.benchmarks.measure;

import org.jspecify.annotations.NullMarked;
