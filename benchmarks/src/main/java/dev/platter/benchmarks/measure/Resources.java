package dev.platter.benchmarks.measure;

import dev.platter.benchmarks.Platform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Samples, while a run lasts, what each process of the platform uses: CPU time and resident memory from {@code
 * /proc/<pid>/stat} and {@code /proc/<pid>/status} (every second) for the services and helpers {@code ./platform}
 * keeps pid files of, Postgres and Redis (all their processes, found by name: shared with anything else on this
 * machine), the load generator and this harness; the services' GC pauses from {@code /actuator/prometheus} ({@code
 * jvm_gc_pause_seconds_sum} and {@code _count}); and the platform's Kafka consumer lag (every five seconds).
 */
public final class Resources implements AutoCloseable {

    /**
     * One process's figures over a window: CPU seconds and average cores, the cores it used while idle (before the
     * load, NaN if not measured), and its resident memory.
     */
    public record Usage(
            String process,
            double cpuSeconds,
            double averageCores,
            double idleCores,
            double rssMaxMib,
            double rssEndMib) {

        /** CPU seconds above what the process spends idle over the same time. */
        public double cpuSecondsAboveIdle(double windowSeconds) {
            return Double.isNaN(idleCores) ? cpuSeconds : Math.max(0, cpuSeconds - idleCores * windowSeconds);
        }
    }

    /** GC pauses of a service over a window. */
    public record Gc(String service, long pauses, double pauseMillis) {}

    /** Consumer lag of a group over a window: the most seen and the last. */
    public record Lag(String group, long max, long end) {}

    private record Sample(long atMillis, Map<String, long[]> processes) {}

    private record GcSample(long atMillis, Map<String, double[]> services) {}

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private final Platform platform;
    private final long clockTicks = clockTicks();
    private final long pageKib = 4;
    private final Map<String, LongSupplier> pids = new LinkedHashMap<>();
    private final List<Sample> samples = new CopyOnWriteArrayList<>();
    private final List<GcSample> gcSamples = new CopyOnWriteArrayList<>();
    private final Map<String, List<long[]>> lagSamples = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, runnable -> {
        var thread = new Thread(runnable, "resources");
        thread.setDaemon(true);
        return thread;
    });
    private final ConsumerLag lag;

    public Resources(Platform platform) {
        this.platform = platform;
        for (var service : Platform.SERVICES.keySet()) {
            pids.put(service, () -> platform.pid(service).orElse(-1));
        }
        for (var part : Platform.INFRASTRUCTURE) {
            pids.put(part, () -> platform.pid(part).orElse(-1));
        }
        this.lag = new ConsumerLag(platform.kafkaBootstrap());
    }

    /** Adds a process to watch (the load generator, this harness). */
    public void watch(String name, long pid) {
        pids.put(name, () -> pid);
    }

    public void start() {
        scheduler.scheduleAtFixedRate(this::sample, 0, 1, TimeUnit.SECONDS);
        scheduler.scheduleWithFixedDelay(this::sampleSlow, 0, 5, TimeUnit.SECONDS);
    }

    /** Takes a sample now (at a window's edges, so the deltas cover it exactly). */
    public void mark() {
        sample();
        sampleSlow();
    }

    private void sample() {
        try {
            var now = System.currentTimeMillis();
            var processes = new LinkedHashMap<String, long[]>();
            pids.forEach((name, pid) -> {
                long p = pid.getAsLong();
                if (p > 0) {
                    var figures = read(p);
                    if (figures != null) {
                        processes.put(name, figures);
                    }
                }
            });
            processes.put("postgres (all)", byName("postgres"));
            processes.put("redis", byName("redis-server"));
            samples.add(new Sample(now, processes));
        } catch (RuntimeException e) {
            System.err.println("resources: " + e);
        }
    }

    private void sampleSlow() {
        var now = System.currentTimeMillis();
        var services = new LinkedHashMap<String, double[]>();
        for (var service : Platform.SERVICES.keySet()) {
            var gc = gc(service);
            if (gc != null) {
                services.put(service, gc);
            }
        }
        gcSamples.add(new GcSample(now, services));
        try {
            lag.byGroup(Set.of()).forEach((group, behind) -> lagSamples
                    .computeIfAbsent(group, g -> new CopyOnWriteArrayList<>())
                    .add(new long[] {now, behind}));
        } catch (RuntimeException e) {
            System.err.println("resources: consumer lag: " + e.getMessage());
        }
    }

    /** {utime + stime in ticks, rss in KiB} of a process, or null once it is gone. */
    private long @Nullable [] read(long pid) {
        try {
            var stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the command may hold spaces and parentheses: fields start after the last ')'
            var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            long rssPages = Long.parseLong(fields[21]);
            return new long[] {ticks, rssPages * pageKib};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The sum over every process of that name (CPU ticks, RSS KiB). */
    private long[] byName(String command) {
        long ticks = 0;
        long rss = 0;
        try (Stream<Path> proc = Files.list(Path.of("/proc"))) {
            for (var dir : proc.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .toList()) {
                try {
                    if (!Files.readString(dir.resolve("comm")).strip().equals(command)) {
                        continue;
                    }
                } catch (IOException gone) {
                    continue;
                }
                var figures = read(Long.parseLong(dir.getFileName().toString()));
                if (figures != null) {
                    ticks += figures[0];
                    rss += figures[1];
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new long[] {ticks, rss};
    }

    /** {pauses, pause seconds} summed over the service's GC pause timers, or null if it did not answer. */
    private double @Nullable [] gc(String service) {
        try {
            var response = HTTP.send(
                    HttpRequest.newBuilder(platform.service(service).resolve("/actuator/prometheus"))
                            .timeout(Duration.ofSeconds(3))
                            .build(),
                    HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                return null;
            }
            double[] totals = new double[2];
            response.body().forEach(line -> {
                if (line.startsWith("jvm_gc_pause_seconds_count{")) {
                    totals[0] += value(line);
                } else if (line.startsWith("jvm_gc_pause_seconds_sum{")) {
                    totals[1] += value(line);
                }
            });
            return totals;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static double value(String line) {
        var parts = line.substring(line.lastIndexOf('}') + 1).strip().split(" ");
        return Double.parseDouble(parts[0]);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Figures over a window
    // ---------------------------------------------------------------------------------------------------------------

    /** Usage over {@code [from, to]}, with the idle rate from {@code [idleFrom, idleTo]} (may be empty). */
    public List<Usage> usage(Instant from, Instant to, Instant idleFrom, Instant idleTo) {
        var first = nearest(samples, from.toEpochMilli(), Sample::atMillis);
        var last = nearest(samples, to.toEpochMilli(), Sample::atMillis);
        var idleFirst = nearest(samples, idleFrom.toEpochMilli(), Sample::atMillis);
        var idleLast = nearest(samples, idleTo.toEpochMilli(), Sample::atMillis);
        var usage = new ArrayList<Usage>();
        if (first == null || last == null || last.atMillis() <= first.atMillis()) {
            return usage;
        }
        boolean idle = idleFirst != null && idleLast != null && idleLast.atMillis() - idleFirst.atMillis() >= 2_000;
        double seconds = (last.atMillis() - first.atMillis()) / 1000.0;
        last.processes().forEach((name, end) -> {
            var start = first.processes().get(name);
            if (start == null) {
                return;
            }
            double cpu = Math.max(0, end[0] - start[0]) / (double) clockTicks;
            long rssMax = samples.stream()
                    .filter(s -> s.atMillis() >= first.atMillis() && s.atMillis() <= last.atMillis())
                    .map(s -> s.processes().get(name))
                    .filter(java.util.Objects::nonNull)
                    .mapToLong(f -> f[1])
                    .max()
                    .orElse(end[1]);
            double idleCores = Double.NaN;
            if (idle) {
                var a = idleFirst.processes().get(name);
                var b = idleLast.processes().get(name);
                if (a != null && b != null) {
                    idleCores = Math.max(0, b[0] - a[0])
                            / (double) clockTicks
                            / ((idleLast.atMillis() - idleFirst.atMillis()) / 1000.0);
                }
            }
            usage.add(new Usage(name, cpu, cpu / seconds, idleCores, rssMax / 1024.0, end[1] / 1024.0));
        });
        return usage;
    }

    public List<Gc> gc(Instant from, Instant to) {
        var first = nearest(gcSamples, from.toEpochMilli(), GcSample::atMillis);
        var last = nearest(gcSamples, to.toEpochMilli(), GcSample::atMillis);
        var gc = new ArrayList<Gc>();
        if (first == null || last == null) {
            return gc;
        }
        last.services().forEach((service, end) -> {
            var start = first.services().get(service);
            if (start != null) {
                gc.add(new Gc(service, Math.round(end[0] - start[0]), (end[1] - start[1]) * 1000));
            }
        });
        return gc;
    }

    public List<Lag> lag(Instant from, Instant to) {
        var lags = new TreeMap<String, Lag>();
        lagSamples.forEach((group, points) -> {
            long max = 0;
            long end = 0;
            for (var point : points) {
                if (point[0] >= from.toEpochMilli() - 5_000 && point[0] <= to.toEpochMilli() + 5_000) {
                    max = Math.max(max, point[1]);
                    end = point[1];
                }
            }
            lags.put(group, new Lag(group, max, end));
        });
        return List.copyOf(lags.values());
    }

    /** Every sample, one line per second and process (for the run's folder). */
    public void write(Path file) {
        var lines = new ArrayList<String>();
        lines.add("epoch_ms,process,cpu_seconds,rss_mib");
        for (var sample : samples) {
            sample.processes()
                    .forEach((name, f) -> lines.add(String.format(
                            java.util.Locale.ROOT,
                            "%d,%s,%.2f,%.1f",
                            sample.atMillis(),
                            name,
                            f[0] / (double) clockTicks,
                            f[1] / 1024.0)));
        }
        try {
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> @Nullable T nearest(List<T> samples, long at, java.util.function.ToLongFunction<T> time) {
        T best = null;
        long distance = Long.MAX_VALUE;
        for (var sample : samples) {
            long d = Math.abs(time.applyAsLong(sample) - at);
            if (d < distance) {
                best = sample;
                distance = d;
            }
        }
        return best;
    }

    private static long clockTicks() {
        try {
            var process = new ProcessBuilder("getconf", "CLK_TCK")
                    .redirectErrorStream(true)
                    .start();
            var out = new String(process.getInputStream().readAllBytes()).strip();
            process.waitFor(5, TimeUnit.SECONDS);
            return Long.parseLong(out);
        } catch (IOException | RuntimeException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        lag.close();
    }
}
