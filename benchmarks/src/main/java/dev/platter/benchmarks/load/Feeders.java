package dev.platter.benchmarks.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The feeders a run's virtual users draw from: tab-separated files with a header line, written by the harness. A
 * circular feeder is one queue for every scenario that uses it (the warm-up's and the measured), so two arrivals never
 * hold the same customer or rider at once while the pool is larger than the arrivals in flight.
 */
public final class Feeders {

    /** The feeders' file names. */
    public static final String ANONYMOUS = "anonymous.tsv",
            RESTAURANTS = "restaurants.tsv",
            SEARCHES = "searches.tsv",
            SUGGESTIONS = "suggestions.tsv",
            CART = "cart.tsv",
            CHECKOUT = "checkout.tsv",
            DISPATCH = "dispatch.tsv",
            TRACKING = "tracking.tsv",
            RIDERS = "riders.tsv";

    private final Path folder;
    private final Map<String, Iterator<Map<String, Object>>> circular = new HashMap<>();

    Feeders(Path folder) {
        this.folder = folder;
    }

    /** The rows in turn, wrapping around; shared by every caller. */
    synchronized Iterator<Map<String, Object>> circular(String file) {
        return circular.computeIfAbsent(file, name -> {
            var rows = read(name);
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return true;
                }

                @Override
                public synchronized Map<String, Object> next() {
                    var row = rows.get(next);
                    next = (next + 1) % rows.size();
                    return row;
                }
            };
        });
    }

    /** A random row each time. */
    Iterator<Map<String, Object>> random(String file) {
        var rows = read(file);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Map<String, Object> next() {
                return rows.get(ThreadLocalRandom.current().nextInt(rows.size()));
            }
        };
    }

    private List<Map<String, Object>> read(String file) {
        try {
            var lines = Files.readAllLines(folder.resolve(file));
            if (lines.size() < 2) {
                throw new IllegalStateException("The feeder " + folder.resolve(file) + " has no rows");
            }
            var header = lines.get(0).split("\t", -1);
            var rows = new ArrayList<Map<String, Object>>(lines.size() - 1);
            for (var line : lines.subList(1, lines.size())) {
                var values = line.split("\t", -1);
                var row = new HashMap<String, Object>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], i < values.length ? values[i] : "");
                }
                rows.add(Collections.unmodifiableMap(row));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the feeder " + folder.resolve(file), e);
        }
    }

    /** Writes a feeder: a header line, then one line per row, tab-separated. */
    public static void write(Path folder, String file, List<String> header, List<List<?>> rows) {
        var lines = new ArrayList<String>(rows.size() + 1);
        lines.add(String.join("\t", header));
        for (var row : rows) {
            lines.add(String.join("\t", row.stream().map(String::valueOf).toList()));
        }
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(file), lines);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the feeder " + folder.resolve(file), e);
        }
    }
}
