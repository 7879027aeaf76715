package dev.platter.benchmarks.load;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * What one Gatling run offers, written by the harness to {@code plan.properties} and read by {@link
 * PlatterSimulation} (system property {@code bench.plan}): the streams and their arrival rates, the warm-up (whose
 * requests are reported apart, as "(warm-up)") and the measured duration, the addresses, and the folder holding the
 * feeders the harness prepared.
 *
 * @param feeders the folder of the feeders (tab-separated, with a header line)
 * @param started the file the simulation writes the epoch millisecond its injection starts at
 */
public record Plan(
        Map<Stream, Double> rates,
        Duration warmUp,
        Duration duration,
        URI gateway,
        URI restaurantService,
        URI stripeApiBase,
        String stripeKey,
        Path feeders,
        Path started,
        int maxConnections,
        Duration pollInterval,
        int maxPolls) {

    public Plan {
        rates = Map.copyOf(rates);
    }

    public void write(Path file) {
        var properties = new Properties();
        rates.forEach((stream, rate) -> properties.setProperty("rate." + stream.key(), Double.toString(rate)));
        properties.setProperty("warm-up", warmUp.toString());
        properties.setProperty("duration", duration.toString());
        properties.setProperty("gateway", gateway.toString());
        properties.setProperty("restaurant-service", restaurantService.toString());
        properties.setProperty("stripe-api-base", stripeApiBase.toString());
        properties.setProperty("stripe-key", stripeKey);
        properties.setProperty("feeders", feeders.toString());
        properties.setProperty("started", started.toString());
        properties.setProperty("max-connections", Integer.toString(maxConnections));
        properties.setProperty("poll-interval", pollInterval.toString());
        properties.setProperty("max-polls", Integer.toString(maxPolls));
        try (Writer writer = Files.newBufferedWriter(file)) {
            properties.store(writer, "A run of PlatterSimulation (written by ./platform bench)");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    public static Plan read(Path file) {
        var p = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            p.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the plan " + file, e);
        }
        var rates = new LinkedHashMap<Stream, Double>();
        for (var stream : Stream.values()) {
            var rate = p.getProperty("rate." + stream.key());
            if (rate != null) {
                rates.put(stream, Double.parseDouble(rate));
            }
        }
        return new Plan(
                rates,
                Duration.parse(p.getProperty("warm-up")),
                Duration.parse(p.getProperty("duration")),
                URI.create(p.getProperty("gateway")),
                URI.create(p.getProperty("restaurant-service")),
                URI.create(p.getProperty("stripe-api-base")),
                p.getProperty("stripe-key"),
                Path.of(p.getProperty("feeders")),
                Path.of(p.getProperty("started")),
                Integer.parseInt(p.getProperty("max-connections")),
                Duration.parse(p.getProperty("poll-interval")),
                Integer.parseInt(p.getProperty("max-polls")));
    }

    /** The plan the running simulation was given. */
    static Plan current() {
        var file = System.getProperty("bench.plan");
        if (file == null) {
            throw new IllegalStateException("PlatterSimulation runs a plan: -Dbench.plan=<run folder>/plan.properties"
                    + " (./platform bench writes one)");
        }
        return read(Path.of(file));
    }
}
