package dev.platter.benchmarks.measure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures of a Gatling HTML report, per request and group: read from the report's {@code js/stats.js} (the data
 * its pages show), whose percentiles are the ones {@code gatling.conf} names: 50, 95, 99 and 99.9.
 */
public final class GatlingReport {

    /** One request's or group's figures; times in milliseconds (Gatling's resolution). */
    public record Entry(
            String name, boolean group, long ok, long ko, double p50, double p95, double p99, double p999, double max) {

        public long total() {
            return ok + ko;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern KEY = Pattern.compile("(?m)^(\\s*)(type|name|path|pathFormatted|stats|contents):");

    private GatlingReport() {}

    /** The report folder Gatling wrote under {@code results} (the newest, if several). */
    public static Path find(Path results) throws IOException {
        try (var folders = Files.list(results)) {
            return folders.filter(f -> Files.isRegularFile(f.resolve("index.html")))
                    .max(java.util.Comparator.comparing(Path::getFileName))
                    .orElseThrow(() -> new IllegalStateException("Gatling wrote no report under " + results));
        }
    }

    public static List<Entry> read(Path report) {
        String text;
        try {
            text = Files.readString(report.resolve("js").resolve("stats.js"));
        } catch (IOException e) {
            throw new UncheckedIOException("No Gatling statistics in " + report, e);
        }
        int start = text.indexOf("var stats = ");
        int end = text.indexOf("\nfunction fillStats");
        if (start < 0 || end < 0) {
            throw new IllegalStateException("Unexpected layout of " + report.resolve("js/stats.js"));
        }
        var json = KEY.matcher(
                        text.substring(start + "var stats = ".length(), end).strip())
                .replaceAll("$1\"$2\":");
        if (json.endsWith(";")) {
            json = json.substring(0, json.length() - 1);
        }
        var entries = new ArrayList<Entry>();
        collect(JSON.readTree(json).path("contents"), entries);
        return entries;
    }

    private static void collect(JsonNode contents, List<Entry> entries) {
        for (var node : contents) {
            var stats = node.path("stats");
            boolean group = node.path("type").asString().equals("GROUP");
            entries.add(new Entry(
                    stats.path("name").asString(),
                    group,
                    count(stats.path("numberOfRequests").path("ok")),
                    count(stats.path("numberOfRequests").path("ko")),
                    millis(stats.path("percentiles1").path("ok")),
                    millis(stats.path("percentiles2").path("ok")),
                    millis(stats.path("percentiles3").path("ok")),
                    millis(stats.path("percentiles4").path("ok")),
                    millis(stats.path("maxResponseTime").path("ok"))));
            if (group) {
                collect(node.path("contents"), entries);
            }
        }
    }

    private static long count(JsonNode value) {
        var text = value.asString("");
        return text.isEmpty() || text.equals("-") ? 0 : Long.parseLong(text);
    }

    private static double millis(JsonNode value) {
        var text = value.asString("");
        return text.isEmpty() || text.equals("-") ? Double.NaN : Double.parseDouble(text);
    }
}
