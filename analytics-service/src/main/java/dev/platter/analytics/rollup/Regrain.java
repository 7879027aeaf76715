package dev.platter.analytics.rollup;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rebuilds the coarser buckets of a rollup table from the finer ones: the rows of one grain over a span are deleted
 * and summed again from the grain below, so a bucket always equals the sum of its parts.
 */
final class Regrain {

    private final JdbcTemplate jdbc;
    private final String table;
    private final List<String> keys;
    private final String sums;
    private final String columns;

    /**
     * @param keys the columns that identify a row besides grain and bucket (the first is filtered on)
     * @param summed the columns that add up
     * @param histograms the histogram columns, added bin by bin
     */
    Regrain(JdbcTemplate jdbc, String table, List<String> keys, List<String> summed, List<String> histograms) {
        this.jdbc = jdbc;
        this.table = table;
        this.keys = List.copyOf(keys);
        var parts = new ArrayList<String>();
        summed.forEach(column -> parts.add("sum(" + column + ")"));
        histograms.forEach(column -> parts.add("hist_sum(" + column + ")"));
        this.sums = String.join(", ", parts);
        var names = new ArrayList<String>(summed);
        names.addAll(histograms);
        this.columns = String.join(", ", names);
    }

    /**
     * Recomputes the buckets of {@code grain} (hour or day) within {@code span} for the rows whose leading key columns
     * equal {@code keyValues}.
     */
    void rebuild(Grain grain, Span span, Object... keyValues) {
        var finer = grain == Grain.DAY ? Grain.HOUR : Grain.MINUTE;
        var widened = span.widenedTo(grain);
        var filter = new StringBuilder();
        for (int i = 0; i < keyValues.length; i++) {
            filter.append(" and ").append(keys.get(i)).append(" = ?");
        }
        var args = new ArrayList<Object>();
        args.add(grain.code());
        args.addAll(List.of(keyValues));
        args.add(Timestamp.from(widened.from()));
        args.add(Timestamp.from(widened.to()));
        jdbc.update(
                "delete from " + table + " where grain = ?" + filter + " and bucket >= ? and bucket < ?",
                args.toArray());
        var keyList = keys.stream().collect(Collectors.joining(", "));
        var insertArgs = new ArrayList<Object>();
        insertArgs.add(grain.code());
        insertArgs.add(finer.code());
        insertArgs.addAll(List.of(keyValues));
        insertArgs.add(Timestamp.from(widened.from()));
        insertArgs.add(Timestamp.from(widened.to()));
        jdbc.update(
                "insert into " + table + " (grain, " + keyList + ", bucket, " + columns + ") select ?, " + keyList
                        + ", date_trunc('" + grain.unit() + "', bucket, 'UTC'), " + sums + " from " + table
                        + " where grain = ?" + filter + " and bucket >= ? and bucket < ? group by " + keyList
                        + ", date_trunc('" + grain.unit() + "', bucket, 'UTC')",
                insertArgs.toArray());
    }
}
