package dev.platter.benchmarks.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A run's summary: one line per stream (offered and achieved rate, p50/p95/p99/p99.9/max of the successful
 * requests, errors, the p99 target and whether it held, CPU milliseconds per arrival), then each process's CPU and
 * memory, the services' GC pauses, the consumer lag, and notes. Rendered as text (printed, {@code summary.txt}) and as
 * markdown ({@code summary.md}, short enough to commit).
 */
public final class Summary {

    /** One stream's line; times in milliseconds. */
    public record Line(
            String name,
            @Nullable Double offered,
            double achieved,
            double p50,
            double p95,
            double p99,
            double p999,
            double max,
            long ok,
            long ko,
            @Nullable Integer p99Target,
            @Nullable Double cpuMsPerArrival) {

        public double errorPercent() {
            return ok + ko == 0 ? 0 : 100.0 * ko / (ok + ko);
        }

        /** Whether the p99 target held (null: no target). */
        public @Nullable Boolean met() {
            return p99Target == null ? null : ok > 0 && p99 <= p99Target;
        }
    }

    private final String title;
    private final List<String> facts;
    private final List<Line> lines;
    private final List<Resources.Usage> usage;
    private final List<Resources.Gc> gc;
    private final List<Resources.Lag> lag;
    private final List<String> notes;

    public Summary(
            String title,
            List<String> facts,
            List<Line> lines,
            List<Resources.Usage> usage,
            List<Resources.Gc> gc,
            List<Resources.Lag> lag,
            List<String> notes) {
        this.title = title;
        this.facts = List.copyOf(facts);
        this.lines = List.copyOf(lines);
        this.usage = List.copyOf(usage);
        this.gc = List.copyOf(gc);
        this.lag = List.copyOf(lag);
        this.notes = List.copyOf(notes);
    }

    public List<Line> lines() {
        return lines;
    }

    // ---------------------------------------------------------------------------------------------------------------

    public String text() {
        var out = new StringBuilder();
        out.append(title).append('\n');
        facts.forEach(fact -> out.append("  ").append(fact).append('\n'));
        out.append('\n');
        int width = Math.max(
                24, lines.stream().mapToInt(l -> l.name().length()).max().orElse(0));
        out.append(String.format(
                "%-" + width + "s %9s %9s %7s %7s %7s %7s %7s %14s %16s %8s%n",
                "STREAM",
                "OFFERED/S",
                "ACHIEVED",
                "P50",
                "P95",
                "P99",
                "P99.9",
                "MAX",
                "ERRORS",
                "P99 TARGET",
                "CPU MS"));
        for (var line : lines) {
            out.append(String.format(
                    Locale.ROOT,
                    "%-" + width + "s %9s %9s %7s %7s %7s %7s %7s %14s %16s %8s%n",
                    line.name(),
                    line.offered() == null ? "-" : rate(line.offered()),
                    rate(line.achieved()),
                    ms(line.p50()),
                    ms(line.p95()),
                    ms(line.p99()),
                    ms(line.p999()),
                    ms(line.max()),
                    String.format(Locale.ROOT, "%d (%.2f%%)", line.ko(), line.errorPercent()),
                    target(line),
                    line.cpuMsPerArrival() == null ? "" : String.format(Locale.ROOT, "%.1f", line.cpuMsPerArrival())));
        }
        if (!usage.isEmpty()) {
            out.append('\n');
            out.append(String.format(
                    "%-20s %9s %7s %10s %11s %11s %10s %10s%n",
                    "PROCESS", "CPU S", "CORES", "IDLE CORES", "RSS MAX MIB", "RSS END MIB", "GC PAUSES", "GC MS"));
            for (var u : usage) {
                var g = gcOf(u.process());
                out.append(String.format(
                        Locale.ROOT,
                        "%-20s %9.1f %7.2f %10s %11.0f %11.0f %10s %10s%n",
                        u.process(),
                        u.cpuSeconds(),
                        u.averageCores(),
                        Double.isNaN(u.idleCores()) ? "-" : String.format(Locale.ROOT, "%.2f", u.idleCores()),
                        u.rssMaxMib(),
                        u.rssEndMib(),
                        g == null ? "" : Long.toString(g.pauses()),
                        g == null ? "" : String.format(Locale.ROOT, "%.0f", g.pauseMillis())));
            }
        }
        if (!lag.isEmpty()) {
            var lagging = lag.stream().filter(l -> l.max() > 0).toList();
            out.append('\n');
            if (lagging.isEmpty()) {
                out.append("Kafka consumer lag: none seen in the ")
                        .append(lag.size())
                        .append(" groups\n");
            } else {
                out.append(String.format("%-48s %10s %10s%n", "KAFKA CONSUMER GROUP", "LAG MAX", "LAG END"));
                for (var l : lagging) {
                    out.append(String.format("%-48s %10d %10d%n", l.group(), l.max(), l.end()));
                }
                out.append("(the other ").append(lag.size() - lagging.size()).append(" groups did not lag)\n");
            }
        }
        if (!notes.isEmpty()) {
            out.append('\n');
            notes.forEach(note -> out.append(note).append('\n'));
        }
        return out.toString();
    }

    public String markdown() {
        var out = new StringBuilder();
        out.append("# ").append(title).append("\n\n");
        facts.forEach(fact -> out.append("- ").append(fact).append('\n'));
        out.append(
                "\n| stream | offered/s | achieved/s | p50 | p95 | p99 | p99.9 | max | errors | p99 target | CPU ms/arrival |\n");
        out.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|---|--:|\n");
        for (var line : lines) {
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %s | %s | %s | %s | %s | %d (%.2f %%) | %s | %s |%n",
                    line.name(),
                    line.offered() == null ? "-" : rate(line.offered()),
                    rate(line.achieved()),
                    ms(line.p50()),
                    ms(line.p95()),
                    ms(line.p99()),
                    ms(line.p999()),
                    ms(line.max()),
                    line.ko(),
                    line.errorPercent(),
                    target(line),
                    line.cpuMsPerArrival() == null ? "" : String.format(Locale.ROOT, "%.1f", line.cpuMsPerArrival())));
        }
        if (!usage.isEmpty()) {
            out.append("\n| process | CPU s | cores | idle cores | RSS max MiB | GC pauses | GC ms |\n"
                    + "|---|--:|--:|--:|--:|--:|--:|\n");
            for (var u : usage) {
                var g = gcOf(u.process());
                out.append(String.format(
                        Locale.ROOT,
                        "| %s | %.1f | %.2f | %s | %.0f | %s | %s |%n",
                        u.process(),
                        u.cpuSeconds(),
                        u.averageCores(),
                        Double.isNaN(u.idleCores()) ? "-" : String.format(Locale.ROOT, "%.2f", u.idleCores()),
                        u.rssMaxMib(),
                        g == null ? "" : Long.toString(g.pauses()),
                        g == null ? "" : String.format(Locale.ROOT, "%.0f", g.pauseMillis())));
            }
        }
        var lagging = new ArrayList<Resources.Lag>();
        lag.stream().filter(l -> l.max() > 0).forEach(lagging::add);
        out.append('\n');
        if (lagging.isEmpty() && !lag.isEmpty()) {
            out.append("Kafka consumer lag: none seen (").append(lag.size()).append(" groups).\n");
        } else if (!lagging.isEmpty()) {
            out.append("| Kafka consumer group | lag max | lag at end |\n|---|--:|--:|\n");
            lagging.forEach(l -> out.append("| ")
                    .append(l.group())
                    .append(" | ")
                    .append(l.max())
                    .append(" | ")
                    .append(l.end())
                    .append(" |\n"));
        }
        if (!notes.isEmpty()) {
            out.append('\n');
            notes.forEach(note -> out.append("- ").append(note).append('\n'));
        }
        return out.toString();
    }

    private Resources.@Nullable Gc gcOf(String process) {
        return gc.stream().filter(g -> g.service().equals(process)).findFirst().orElse(null);
    }

    private static String target(Line line) {
        var met = line.met();
        if (met == null) {
            return "-";
        }
        return "<=" + line.p99Target() + "ms " + (met ? "held" : "BROKEN");
    }

    static String rate(double perSecond) {
        return String.format(Locale.ROOT, perSecond >= 100 ? "%.0f" : "%.1f", perSecond);
    }

    static String ms(double millis) {
        if (Double.isNaN(millis)) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.0f", millis);
    }
}
