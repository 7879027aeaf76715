package dev.platter.analytics.query;

import dev.platter.analytics.rollup.OrderRollups;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The summed order figures of some buckets in one currency: the columns of {@link OrderRollups#SUMMED} in that order,
 * and the delivery-time histogram.
 */
final class Tally {

    static final List<String> COLUMNS = OrderRollups.SUMMED;

    final long[] sums;
    final long[] histogram;

    private Tally(long[] sums, long[] histogram) {
        this.sums = sums;
        this.histogram = histogram;
    }

    static Tally empty() {
        return new Tally(new long[COLUMNS.size()], new long[OrderRollups.DELIVERY_BINS]);
    }

    /** The select list that {@link #read} reads, from {@code order_rollup}. */
    static String selectList() {
        return String.join(", ", COLUMNS.stream().map(c -> "sum(" + c + ")").toList())
                + ", hist_sum(delivery_histogram)";
    }

    /** Reads the sums starting at {@code first} (1-based), as written by {@link #selectList()}. */
    static Tally read(ResultSet rs, int first) throws SQLException {
        var tally = empty();
        for (int i = 0; i < COLUMNS.size(); i++) {
            tally.sums[i] = rs.getLong(first + i);
        }
        Array array = rs.getArray(first + COLUMNS.size());
        if (array != null) {
            var bins = (Integer[]) array.getArray();
            for (int i = 0; i < bins.length && i < tally.histogram.length; i++) {
                tally.histogram[i] = bins[i] == null ? 0 : bins[i];
            }
        }
        return tally;
    }

    void add(Tally other) {
        for (int i = 0; i < sums.length; i++) {
            sums[i] += other.sums[i];
        }
        for (int i = 0; i < histogram.length; i++) {
            histogram[i] += other.histogram[i];
        }
    }

    long get(String column) {
        return sums[COLUMNS.indexOf(column)];
    }

    /**
     * The nearest-rank percentile of the delivery times, in whole minutes (floored): the smallest bin by which at
     * least {@code p} of the deliveries are counted; null without deliveries.
     */
    Integer deliveryPercentile(double p) {
        long count = 0;
        for (long bin : histogram) {
            count += bin;
        }
        if (count == 0) {
            return null;
        }
        long rank = Math.max(1, (long) Math.ceil(p * count));
        long cumulative = 0;
        for (int bin = 0; bin < histogram.length; bin++) {
            cumulative += histogram[bin];
            if (cumulative >= rank) {
                return bin;
            }
        }
        return histogram.length - 1;
    }
}
