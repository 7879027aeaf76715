package dev.platter.benchmarks.measure;

import java.util.Arrays;
import java.util.Collection;

/**
 * Percentiles of measured latencies (milliseconds), nearest-rank, for what Gatling does not time: the dispatch latency
 * from event timestamps and the rider app's calls.
 */
public record Latencies(long count, double p50, double p95, double p99, double p999, double max) {

    public static final Latencies NONE = new Latencies(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    public static Latencies of(Collection<? extends Number> millis) {
        if (millis.isEmpty()) {
            return NONE;
        }
        var sorted = millis.stream().mapToDouble(Number::doubleValue).toArray();
        Arrays.sort(sorted);
        return new Latencies(
                sorted.length,
                at(sorted, 0.50),
                at(sorted, 0.95),
                at(sorted, 0.99),
                at(sorted, 0.999),
                sorted[sorted.length - 1]);
    }

    private static double at(double[] sorted, double quantile) {
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
