package dev.platter.benchmarks;

import dev.platter.benchmarks.city.City;
import dev.platter.benchmarks.city.CityManifest;
import dev.platter.benchmarks.load.Plan;
import dev.platter.benchmarks.load.PlatterSimulation;
import dev.platter.benchmarks.load.Preparation;
import dev.platter.benchmarks.load.RiderApp;
import dev.platter.benchmarks.load.Sessions;
import dev.platter.benchmarks.load.Stream;
import dev.platter.benchmarks.measure.ConsumerLag;
import dev.platter.benchmarks.measure.GatlingReport;
import dev.platter.benchmarks.measure.Resources;
import dev.platter.benchmarks.measure.Summary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Runs a scenario against the platform: prepares (pools signed in, riders online, orders to track, menus cached,
 * feeders), then runs Gatling in a process of its own per step while sampling the platform's processes, and writes the
 * run's folder {@code benchmarks/results/<timestamp>-<scenario>/}: the Gatling HTML report, {@code summary.txt},
 * {@code summary.md} and {@code resources.csv}. In knee mode the steps raise the rate until a step breaks its p99
 * target, its errors pass 0.1 % or it cannot reach its rate; the last rate that held is the knee.
 */
final class Runner {

    /** The platform counts as quiet below this many cores (nine idle services, Kafka and the rest use about 0.3). */
    private static final double QUIET_CORES = 0.5;

    /** Errors above this share break a step. */
    static final double ERROR_BUDGET_PERCENT = 0.1;

    /**
     * A step that answers fewer arrivals than this share of those offered (beyond what Poisson arrivals vary by) has
     * fallen behind.
     */
    static final double ACHIEVED_SHARE = 0.95;

    private final Platform platform;
    private final Options options;
    private final Consumer<String> say;

    Runner(Platform platform, Options options, Consumer<String> say) {
        this.platform = platform;
        this.options = options;
        this.say = say;
    }

    /** One step's outcome: its summary, and whether it held its targets. */
    record Outcome(Map<Stream, Double> rates, Summary summary, boolean held, List<String> broken) {}

    void run(Scenario scenario) throws Exception {
        var city = CityManifest.read(platform.results())
                .orElseThrow(() -> new IllegalStateException("No city is seeded here yet: ./platform bench seed"
                        + " (a small one: --restaurants=50 --riders=200 --customers=500)"));
        boolean knee = options.flag("knee");
        var base = rates(scenario);
        var steps = new ArrayList<Map<Stream, Double>>();
        Duration duration;
        Duration warmUp = options.duration("warm-up", scenario.warmUp());
        if (knee) {
            duration = options.duration("step-duration", Duration.ofSeconds(60));
            double from = options.number("from", scenario.kneeFrom());
            double step = options.number("step", scenario.kneeStep());
            int count = options.integer("steps", 16);
            for (int i = 0; i < count; i++) {
                steps.add(scaled(scenario, base, from + i * step));
            }
        } else {
            duration = options.duration("duration", scenario.duration());
            steps.add(base);
        }
        var highest = new LinkedHashMap<Stream, Double>();
        steps.forEach(rates -> rates.forEach((stream, rate) -> highest.merge(stream, rate, Math::max)));
        var pools = Preparation.pools(highest, city, options.integer("riders-online", 0));
        boolean riderApp = highest.containsKey(Stream.CHECKOUT)
                || highest.containsKey(Stream.DISPATCH)
                || highest.containsKey(Stream.TRACKING);
        if (riderApp && !highest.containsKey(Stream.PINGS) && pools.riders() > 0) {
            // riders silent for a minute drop out of dispatch: those online keep sending a position every 20 s
            double keepAlive = Math.max(1, pools.riders() / 20.0);
            steps.forEach(rates -> rates.put(Stream.KEEP_ALIVE, keepAlive));
        }

        var stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        var dir = platform.results().resolve(stamp + "-" + scenario.key() + (knee ? "-knee" : ""));
        var feeders = dir.resolve("feeders");
        Files.createDirectories(feeders);
        say.accept("run folder: " + platform.root().relativize(dir));
        say.accept("city: " + city.size());

        var sessions = new Sessions(
                platform.service("user"),
                platform.results().resolve("city").resolve("sessions.tsv"),
                options.integer("login-threads", 4),
                say);
        var preparation = new Preparation(platform, city, feeders, sessions, options.integer("threads", 8), say);
        preparation.choose(pools);
        var stepLife = warmUp.plus(duration).plus(Duration.ofMinutes(4));
        var wholeRun = stepLife.multipliedBy(steps.size());
        var mustLast = wholeRun.compareTo(Duration.ofMinutes(13)) <= 0 ? wholeRun : stepLife;
        say.accept("signing in");
        preparation.signIn(mustLast);

        RiderApp app = null;
        try {
            if (riderApp) {
                app = new RiderApp(
                        platform.kafkaBootstrap(),
                        platform.gateway(),
                        preparation.riderApp(),
                        new RiderApp.Pace(
                                options.duration("rider-to-restaurant", Duration.ofSeconds(15)),
                                options.duration("rider-at-restaurant", Duration.ofSeconds(10)),
                                options.duration("rider-to-door", Duration.ofSeconds(20))));
            }
            if (riderApp && pools.riders() > 0) {
                preparation.finishLeftovers(
                        options.string(
                                "admin-email",
                                System.getenv().getOrDefault("PLATTER_ADMIN_EMAIL", "admin@platter.dev")),
                        options.string(
                                "admin-password",
                                System.getenv().getOrDefault("PLATTER_ADMIN_PASSWORD", "platter-local-admin")));
            }
            if (highest.containsKey(Stream.TRACKING)) {
                if (pools.riders() > 0) {
                    say.accept("taking " + pools.riders() + " riders online");
                    preparation.ridersOnline();
                }
                say.accept("placing the orders to track");
                if (app != null) {
                    app.hold(preparation.trackingCustomers());
                }
                preparation.trackedOrders();
                if (!preparation.tracks()) {
                    throw new IllegalStateException("No order to track: see the services' logs");
                }
            }
            if (highest.containsKey(Stream.MENU) || highest.containsKey(Stream.MENU_DIRECT)) {
                say.accept("reading every menu once (restaurant-service caches it)");
                preparation.warmMenus();
            }
            var outcomes = new ArrayList<Outcome>();
            for (int i = 0; i < steps.size(); i++) {
                var rates = steps.get(i);
                if (i > 0 && !mustLast.equals(wholeRun)) {
                    preparation.signIn(stepLife);
                    if (app != null) {
                        app.update(preparation.riderApp());
                    }
                }
                if (pools.riders() > 0) {
                    say.accept("taking " + pools.riders() + " riders online");
                    preparation.ridersOnline();
                }
                preparation.writeFeeders();
                var stepDir = knee ? dir.resolve(String.format("step-%02d", i + 1)) : dir;
                var title = knee
                        ? String.format(Locale.ROOT, "%s knee, step %d: %s", scenario.key(), i + 1, describe(rates))
                        : scenario.key() + ": " + describe(rates);
                say.accept((knee ? "step " + (i + 1) + ": " : "running: ") + describe(rates) + " for "
                        + Options.format(duration) + " after " + Options.format(warmUp) + " of warm-up");
                var outcome = step(scenario, stepDir, feeders, rates, warmUp, duration, app, title, city);
                outcomes.add(outcome);
                System.out.println();
                System.out.print(outcome.summary().text());
                System.out.println();
                if (knee && !outcome.held()) {
                    say.accept("step " + (i + 1) + " broke: " + String.join("; ", outcome.broken()));
                    break;
                }
            }
            if (knee) {
                kneeSummary(scenario, dir, outcomes, city);
            }
        } finally {
            if (app != null) {
                say.accept("finishing the deliveries under way");
                app.finish();
                app.close();
            }
            if (pools.riders() > 0) {
                say.accept("taking the riders offline");
                preparation.ridersOffline();
            }
        }
        say.accept("report: " + platform.root().relativize(dir));
    }

    /** The scenario's rates with {@code --scale}, {@code --rate} (its primary stream) and {@code --rate.<stream>}. */
    private Map<Stream, Double> rates(Scenario scenario) {
        double scale = options.number("scale", 1.0);
        var rates = new LinkedHashMap<Stream, Double>();
        scenario.rates().forEach((stream, rate) -> rates.put(stream, rate * scale));
        var primary = options.number("rate");
        if (primary != null) {
            if (scenario.primary() == null) {
                throw new IllegalArgumentException("The busy city has no single rate: use --scale or --rate.<stream>");
            }
            rates.put(scenario.primary(), primary);
            if (scenario == Scenario.GATEWAY) {
                rates.put(Stream.MENU_DIRECT, primary);
            }
        }
        options.withPrefix("rate.").forEach((key, value) -> rates.put(Stream.of(key), Double.parseDouble(value)));
        return rates;
    }

    /** A knee step: the primary stream at {@code level}/s, or (busy city) every stream scaled by {@code level}. */
    private static Map<Stream, Double> scaled(Scenario scenario, Map<Stream, Double> base, double level) {
        var rates = new LinkedHashMap<Stream, Double>(base);
        if (scenario.primary() == null) {
            base.forEach((stream, rate) -> rates.put(stream, rate * level));
        } else {
            rates.put(scenario.primary(), level);
            if (scenario == Scenario.GATEWAY) {
                rates.put(Stream.MENU_DIRECT, level);
            }
        }
        return rates;
    }

    private static String describe(Map<Stream, Double> rates) {
        var parts = new ArrayList<String>();
        rates.forEach((stream, rate) -> parts.add(stream.key() + " " + rateText(rate) + "/s"));
        return String.join(", ", parts);
    }

    private static String rateText(double rate) {
        return rate == Math.rint(rate) ? Long.toString((long) rate) : String.format(Locale.ROOT, "%.2f", rate);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // One Gatling run
    // ---------------------------------------------------------------------------------------------------------------

    /**
     * Waits (at most {@code --settle}, 3 minutes) until the platform is quiet: every consumer has caught up and the
     * platform's processes use under half a core. What preparation set off (riders going online, orders to track)
     * and what the previous run left (riders' shifts closing, rollups) would otherwise show as this load's latency
     * and cost.
     */
    private void settle(Resources resources) throws InterruptedException {
        var patience = options.duration("settle", Duration.ofMinutes(3));
        long deadline = System.nanoTime() + patience.toNanos();
        try (var lag = new ConsumerLag(platform.kafkaBootstrap())) {
            if (!lag.awaitCaughtUp(Set.of(), patience, line -> say.accept("  " + line))) {
                say.accept("  warning: the platform's consumers had not caught up; measuring anyway");
                return;
            }
        }
        double busy = Double.NaN;
        while (System.nanoTime() < deadline) {
            TimeUnit.SECONDS.sleep(5);
            var now = Instant.now();
            busy = resources.usage(now.minusSeconds(5), now, now, now).stream()
                    .filter(usage -> !usage.process().equals("bench harness")
                            && !usage.process().equals("load generator"))
                    .mapToDouble(Resources.Usage::averageCores)
                    .sum();
            if (busy < QUIET_CORES) {
                return;
            }
            say.accept(
                    String.format(Locale.ROOT, "  the platform is busy (%.2f cores); waiting for it to settle", busy));
        }
        say.accept(String.format(
                Locale.ROOT,
                "  warning: the platform still used %.2f cores after %s; measuring anyway",
                busy,
                Options.format(patience)));
    }

    private Outcome step(
            Scenario scenario,
            Path dir,
            Path feeders,
            Map<Stream, Double> rates,
            Duration warmUp,
            Duration duration,
            @Nullable RiderApp app,
            String title,
            City city)
            throws Exception {
        Files.createDirectories(dir);
        var started = dir.resolve("started");
        var plan = new Plan(
                rates,
                warmUp,
                duration,
                platform.gateway(),
                platform.service("restaurant"),
                platform.stripeApiBase(),
                platform.stripeKey(),
                feeders,
                started,
                options.integer("max-connections", 2000),
                options.duration("poll-interval", Duration.ofMillis(200)),
                options.integer("max-polls", 150));
        var planFile = dir.resolve("plan.properties");
        plan.write(planFile);
        var loadAverage = loadAverage();

        try (var resources = new Resources(platform)) {
            resources.watch("bench harness", ProcessHandle.current().pid());
            resources.start();
            settle(resources);
            // the platform idle for a moment first: what each process spends with no load is subtracted per arrival
            var idleFrom = Instant.now();
            var baseline = options.duration("baseline", Duration.ofSeconds(10));
            if (!baseline.isZero()) {
                say.accept("  measuring the platform idle for " + Options.format(baseline));
                TimeUnit.MILLISECONDS.sleep(baseline.toMillis() + 1_100);
            }
            var idleTo = Instant.now();
            var java = ProcessHandle.current().info().command().orElse("java");
            var command = new ArrayList<String>(List.of(
                    java,
                    "-Xms256m",
                    "-Xmx" + options.string("gatling-heap", "1g"),
                    "-XX:+UseG1GC",
                    "--add-opens=java.base/java.lang=ALL-UNNAMED",
                    "-cp",
                    System.getProperty("java.class.path"),
                    "-Dbench.plan=" + planFile));
            var extra = options.string("gatling-java-opts", "");
            if (!extra.isBlank()) {
                command.addAll(List.of(extra.strip().split("\\s+")));
            }
            command.addAll(List.of(
                    "io.gatling.app.Gatling",
                    "-s",
                    PlatterSimulation.class.getName(),
                    "-rf",
                    dir.resolve("gatling").toString(),
                    "-rd",
                    title));
            var log = dir.resolve("gatling.log");
            var gatling = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            resources.watch("load generator", gatling.pid());
            long total = warmUp.plus(duration).toSeconds();
            long began = System.nanoTime();
            long every = total > 120 ? 60 : 10;
            while (!gatling.waitFor(every, TimeUnit.SECONDS)) {
                long elapsed = (System.nanoTime() - began) / 1_000_000_000;
                say.accept(String.format("  %d s of %d s", elapsed, total));
            }
            if (gatling.exitValue() != 0) {
                say.accept("  Gatling exited with " + gatling.exitValue() + "; its output: "
                        + platform.root().relativize(log));
            }
            if (!Files.isRegularFile(started)) {
                throw new IllegalStateException(
                        "The simulation did not start; see " + platform.root().relativize(log));
            }
            var start = Instant.ofEpochMilli(
                    Long.parseLong(Files.readString(started).strip()));
            var from = start.plus(warmUp);
            var to = from.plus(duration);
            RiderApp.Dispatch dispatch = null;
            if (app != null && (rates.containsKey(Stream.DISPATCH) || rates.containsKey(Stream.CHECKOUT))) {
                app.awaitAssigned(to, Duration.ofSeconds(30));
                dispatch = app.dispatch(from, to);
            }
            var report = GatlingReport.find(dir.resolve("gatling"));
            var entries = GatlingReport.read(report);
            var usage = resources.usage(from, to, idleFrom, idleTo);
            var gc = resources.gc(from, to);
            var lag = resources.lag(from, to);
            resources.write(dir.resolve("resources.csv"));
            var lines = lines(entries, rates, duration, usage, dispatch, app);
            var notes = notes(scenario, lines, usage, dispatch, app);
            var facts = new ArrayList<String>();
            facts.add(scenario.description());
            facts.add(String.format(
                    "%s, measured %s after %s of warm-up (%s to %s UTC)",
                    LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                    Options.format(duration),
                    Options.format(warmUp),
                    from.toString().substring(11, 19),
                    to.toString().substring(11, 19)));
            facts.add("city: " + city.size());
            facts.add(String.format(
                    "machine: %d cores, load average %s at the start, %s at the end; platform at %s",
                    Runtime.getRuntime().availableProcessors(), loadAverage, loadAverage(), commit()));
            facts.add("Gatling report: " + dir.relativize(report).resolve("index.html"));
            var summary = new Summary(title, facts, lines, usage, gc, lag, notes);
            Files.writeString(dir.resolve("summary.txt"), summary.text());
            Files.writeString(dir.resolve("summary.md"), summary.markdown());
            var broken = broken(scenario, summary.lines(), duration);
            return new Outcome(rates, summary, broken.isEmpty(), broken);
        }
    }

    /** A line per request and group of the measured phase, the dispatch latency, and the rider app's calls. */
    private List<Summary.Line> lines(
            List<GatlingReport.Entry> entries,
            Map<Stream, Double> rates,
            Duration duration,
            List<Resources.Usage> usage,
            RiderApp.@Nullable Dispatch dispatch,
            @Nullable RiderApp app) {
        double seconds = duration.toMillis() / 1000.0;
        var measured =
                entries.stream().filter(e -> !e.name().endsWith("(warm-up)")).toList();
        // each service's CPU shared out between the streams whose requests land on it, by their requests
        var requests = new HashMap<Stream, Long>();
        for (var entry : measured) {
            var stream = Stream.owning(entry.name());
            if (stream != null && !entry.group()) {
                requests.merge(stream, entry.total(), Long::sum);
            }
        }
        var cpu = new HashMap<Stream, Double>();
        for (var u : usage) {
            long sharing = requests.entrySet().stream()
                    .filter(e -> e.getKey().services().contains(u.process()))
                    .mapToLong(Map.Entry::getValue)
                    .sum();
            if (sharing == 0) {
                continue;
            }
            requests.forEach((stream, n) -> {
                if (stream.services().contains(u.process())) {
                    cpu.merge(stream, u.cpuSecondsAboveIdle(seconds) * n / sharing, Double::sum);
                }
            });
        }
        var lines = new ArrayList<Summary.Line>();
        for (var stream : rates.keySet()) {
            long arrivals = measured.stream()
                    .filter(e -> !stream.perArrival().isEmpty()
                            && e.name().equals(stream.perArrival().get(0)))
                    .mapToLong(GatlingReport.Entry::total)
                    .findFirst()
                    .orElse(0);
            Double cpuPerArrival = arrivals > 0 && cpu.containsKey(stream) ? cpu.get(stream) * 1000 / arrivals : null;
            for (var entry : measured) {
                if (Stream.owning(entry.name()) != stream) {
                    continue;
                }
                boolean target = entry.name().equals(stream.measured());
                lines.add(new Summary.Line(
                        entry.name(),
                        stream.perArrival().contains(entry.name()) ? rates.get(stream) : null,
                        entry.ok() / seconds,
                        entry.p50(),
                        entry.p95(),
                        entry.p99(),
                        entry.p999(),
                        entry.max(),
                        entry.ok(),
                        entry.ko(),
                        target ? stream.p99Target().orElse(null) : null,
                        target ? cpuPerArrival : null));
            }
            if (stream == Stream.DISPATCH || (stream == Stream.CHECKOUT && !rates.containsKey(Stream.DISPATCH))) {
                if (dispatch != null) {
                    var l = dispatch.toAssigned();
                    lines.add(new Summary.Line(
                            Stream.DISPATCH.measured(),
                            rates.get(Stream.DISPATCH),
                            l.count() / seconds,
                            l.p50(),
                            l.p95(),
                            l.p99(),
                            l.p999(),
                            l.max(),
                            l.count(),
                            dispatch.unassigned(),
                            Stream.DISPATCH.p99Target().orElse(null),
                            stream == Stream.DISPATCH ? cpuPerArrival : null));
                }
            }
        }
        if (app != null) {
            app.calls().forEach((what, calls) -> {
                var l = calls.latencies();
                long failed = calls.failures().values().stream()
                        .mapToLong(Long::longValue)
                        .sum();
                lines.add(new Summary.Line(
                        "rider app: " + what + " (whole run)",
                        null,
                        l.count() / seconds,
                        l.p50(),
                        l.p95(),
                        l.p99(),
                        l.p999(),
                        l.max(),
                        l.count() - failed,
                        failed,
                        null,
                        null));
            });
        }
        return lines;
    }

    private List<String> notes(
            Scenario scenario,
            List<Summary.Line> lines,
            List<Resources.Usage> usage,
            RiderApp.@Nullable Dispatch dispatch,
            @Nullable RiderApp app) {
        var notes = new ArrayList<String>();
        if (scenario == Scenario.GATEWAY) {
            var via = find(lines, Stream.MENU.measured());
            var direct = find(lines, Stream.MENU_DIRECT.measured());
            if (via != null && direct != null) {
                double p50 = via.p50() - direct.p50();
                double p99 = via.p99() - direct.p99();
                notes.add(String.format(
                        Locale.ROOT,
                        "the gateway adds %.0f ms at p50 (target <= 2 ms: %s) and %.0f ms at p99 (target <= 10 ms: %s);"
                                + " Gatling times to the millisecond",
                        p50,
                        p50 <= 2 ? "held" : "not held",
                        p99,
                        p99 <= 10 ? "held" : "not held"));
            }
        }
        if (dispatch != null) {
            var offer = dispatch.toFirstOffer();
            notes.add(String.format(
                    Locale.ROOT,
                    "dispatch: %d orders accepted in the window, %d without a rider 30 s after it;"
                            + " OrderAccepted to the first DeliveryOffered p50 %.0f ms, p99 %.0f ms",
                    dispatch.accepted(),
                    dispatch.unassigned(),
                    offer.p50(),
                    offer.p99()));
        }
        if (app != null) {
            notes.add("rider app: " + app.notes());
        }
        long sent = lines.stream()
                .filter(l -> !l.name().startsWith("rider app") && !l.name().equals(Stream.DISPATCH.measured()))
                .filter(l -> !l.name().startsWith("checkout (cart"))
                .mapToLong(l -> l.ok() + l.ko())
                .sum();
        usage.stream()
                .filter(u -> u.process().equals("load generator"))
                .findFirst()
                .ifPresent(u -> notes.add(String.format(
                        Locale.ROOT,
                        "load generator (Gatling): %.1f s CPU, %.2f cores on average, %.2f ms CPU per request sent",
                        u.cpuSeconds(),
                        u.averageCores(),
                        sent == 0 ? 0 : u.cpuSeconds() * 1000 / sent)));
        notes.add("CPU ms per arrival: each service's CPU in the measured window above its idle rate (measured just"
                + " before the load) shared out between the streams whose requests reach it, by their requests"
                + " (exact for one stream; an apportionment in a mixed run). Postgres, Redis, Kafka and Elasticsearch"
                + " serve anything else on this machine too and are not counted in it.");
        return notes;
    }

    private static Summary.@Nullable Line find(List<Summary.Line> lines, String name) {
        return lines.stream().filter(l -> l.name().equals(name)).findFirst().orElse(null);
    }

    /** Why a step did not hold (empty: it held). */
    private List<String> broken(Scenario scenario, List<Summary.Line> lines, Duration duration) {
        double seconds = duration.toMillis() / 1000.0;
        var broken = new ArrayList<String>();
        var customTarget = options.number("p99");
        for (var line : lines) {
            if (line.name().startsWith("rider app")) {
                continue;
            }
            var stream = Stream.owning(line.name());
            Integer target = line.p99Target();
            if (target == null
                    && customTarget != null
                    && stream == scenario.primary()
                    && line.name().equals(stream.measured())) {
                target = customTarget.intValue();
            }
            if (target != null && (line.ok() == 0 || line.p99() > target)) {
                broken.add(String.format(Locale.ROOT, "%s p99 %.0f ms > %d ms", line.name(), line.p99(), target));
            }
            if (line.errorPercent() > ERROR_BUDGET_PERCENT) {
                broken.add(String.format(Locale.ROOT, "%s errors %.2f %%", line.name(), line.errorPercent()));
            }
            // arrivals are random: n expected vary by about sqrt(n), so fewer than that is not yet falling behind
            double expected = line.offered() == null ? 0 : line.offered() * seconds;
            double shortfall = Math.max((1 - ACHIEVED_SHARE) * expected, 3 * Math.sqrt(expected));
            if (line.offered() != null && line.achieved() * seconds < expected - shortfall) {
                broken.add(String.format(
                        Locale.ROOT, "%s achieved %.1f/s of %.1f/s", line.name(), line.achieved(), line.offered()));
            }
        }
        return broken;
    }

    private void kneeSummary(Scenario scenario, Path dir, List<Outcome> outcomes, City city) throws IOException {
        var text = new StringBuilder();
        text.append("# ").append(scenario.key()).append(" knee\n\n");
        text.append("- ").append(scenario.description()).append('\n');
        text.append("- ")
                .append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
                .append(", ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores, platform at ")
                .append(commit())
                .append("; city: ")
                .append(city.size())
                .append("\n\n");
        text.append("| step | rates | p99 of the streams with a target | most errors of a stream | held | why not |\n"
                + "|--:|---|---|--:|---|---|\n");
        Outcome last = null;
        for (int i = 0; i < outcomes.size(); i++) {
            var outcome = outcomes.get(i);
            text.append("| ")
                    .append(i + 1)
                    .append(" | ")
                    .append(describe(outcome.rates()))
                    .append(" | ")
                    .append(String.join(
                            ", ",
                            outcome.summary().lines().stream()
                                    .filter(l -> l.p99Target() != null)
                                    .map(l -> String.format(Locale.ROOT, "%s %.0f ms", l.name(), l.p99()))
                                    .toList()))
                    .append(" | ")
                    .append(String.format(
                            Locale.ROOT,
                            "%.2f %%",
                            outcome.summary().lines().stream()
                                    .filter(l -> !l.name().startsWith("rider app"))
                                    .mapToDouble(Summary.Line::errorPercent)
                                    .max()
                                    .orElse(0)))
                    .append(" | ")
                    .append(outcome.held() ? "yes" : "no")
                    .append(" | ")
                    .append(String.join("; ", outcome.broken()))
                    .append(" |\n");
            if (outcome.held()) {
                last = outcome;
            }
        }
        text.append('\n');
        String verdict;
        if (last == null) {
            verdict = "no step held: the knee is below the first step";
        } else if (outcomes.get(outcomes.size() - 1).held()) {
            verdict = "every step held: the knee is above " + describe(last.rates());
        } else {
            verdict = "the last rate that held: " + describe(last.rates());
        }
        text.append("Knee: ").append(verdict).append(". Each step's summary and Gatling report are in its folder.\n");
        Files.writeString(dir.resolve("summary.md"), text.toString());
        Files.writeString(dir.resolve("summary.txt"), text.toString());
        System.out.println();
        System.out.print(text);
    }

    private static String loadAverage() {
        try {
            var fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private String commit() {
        try {
            var process = new ProcessBuilder("git", "-C", platform.root().toString(), "rev-parse", "--short", "HEAD")
                    .redirectErrorStream(true)
                    .start();
            var out = new String(process.getInputStream().readAllBytes()).strip();
            return process.waitFor() == 0 ? out : "?";
        } catch (IOException e) {
            return "?";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }
}
