package dev.platter.analytics.rollup;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rebuilds the coarser buckets of a rollup table from the finer ones, for many keys at once: the hours (or days) that
 * a batch of spans reaches into are deleted and summed again from the grain below, so a bucket always equals the sum
 * of its parts.
 */
final class Regrain {

    private final JdbcTemplate jdbc;
    private final String table;
    private final List<String> keys;
    private final List<String> carried;
    private final String spans;
    private final String sums;
    private final String columns;

    /**
     * @param keys the columns that identify a series besides grain and bucket, and their SQL types
     * @param carried columns that also identify a row but are kept as found (e.g. the currency)
     * @param summed the columns that add up
     * @param histograms the histogram columns, added bin by bin
     */
    Regrain(
            JdbcTemplate jdbc,
            String table,
            List<String> keys,
            List<String> keyTypes,
            List<String> carried,
            List<String> summed,
            List<String> histograms) {
        this.jdbc = jdbc;
        this.table = table;
        this.keys = List.copyOf(keys);
        this.carried = List.copyOf(carried);
        var arrays = new ArrayList<String>();
        keyTypes.forEach(type -> arrays.add("?::" + type + "[]"));
        arrays.add("?::timestamptz[]");
        arrays.add("?::timestamptz[]");
        var names = new ArrayList<String>();
        IntStream.range(0, keys.size()).forEach(i -> names.add("k" + i));
        this.spans = "unnest(" + String.join(", ", arrays) + ") as s(" + String.join(", ", names) + ", from_at, to_at)";
        var parts = new ArrayList<String>();
        summed.forEach(column -> parts.add("sum(r." + column + ")"));
        histograms.forEach(column -> parts.add("hist_sum(r." + column + ")"));
        this.sums = String.join(", ", parts);
        var all = new ArrayList<String>(summed);
        all.addAll(histograms);
        this.columns = String.join(", ", all);
    }

    /** The unnest of a batch's spans: one array per key, then starts and ends. */
    String spans() {
        return spans;
    }

    /** {@code r.<key> = s.k<i>} for every key. */
    String keyMatch(String alias) {
        var parts = new ArrayList<String>();
        for (int i = 0; i < keys.size(); i++) {
            parts.add("r." + keys.get(i) + " = " + alias + ".k" + i);
        }
        return String.join(" and ", parts);
    }

    /** Rebuilds the hours, then the days, that the spans (arrays as {@link #spans()} reads them) reach into. */
    void rebuild(Object[] arrays) {
        var keyList = String.join(
                ", ", IntStream.range(0, keys.size()).mapToObj(i -> "a.k" + i).toList());
        var carriedList = carried.stream().map(c -> ", r." + c).reduce("", String::concat);
        for (var grain : List.of(Grain.HOUR, Grain.DAY)) {
            var finer = grain == Grain.DAY ? Grain.HOUR : Grain.MINUTE;
            var step = "interval '1 " + grain.unit() + "'";
            var affected = "(select distinct "
                    + String.join(
                            ", ",
                            IntStream.range(0, keys.size())
                                    .mapToObj(i -> "s.k" + i)
                                    .toList())
                    + ", g.bucket from " + spans + " cross join lateral generate_series(date_trunc('" + grain.unit()
                    + "', s.from_at, 'UTC'), s.to_at - interval '1 microsecond', " + step + ") as g(bucket)) a";
            jdbc.update(
                    "delete from " + table + " r using " + affected + " where r.grain = '" + grain.code() + "' and "
                            + keyMatch("a") + " and r.bucket = a.bucket",
                    arrays);
            jdbc.update(
                    "insert into " + table + " (grain, " + String.join(", ", keys)
                            + carried.stream().map(c -> ", " + c).reduce("", String::concat) + ", bucket, " + columns
                            + ") select '" + grain.code() + "', " + keyList + carriedList + ", a.bucket, " + sums
                            + " from " + affected + " join " + table + " r on r.grain = '" + finer.code() + "' and "
                            + keyMatch("a") + " and r.bucket >= a.bucket and r.bucket < a.bucket + " + step
                            + " group by " + keyList + carriedList + ", a.bucket",
                    arrays);
        }
    }
}
