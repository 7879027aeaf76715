package dev.platter.benchmarks.city;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * What was seeded, kept in {@code benchmarks/results/city/city.properties}: the sizes (the largest seeded so far) and
 * the city's radius, fixed by the first seeding so that every later one places the same entities in the same spots.
 */
public final class CityManifest {

    private CityManifest() {}

    public static Path file(Path results) {
        return results.resolve("city").resolve("city.properties");
    }

    /** The city seeded on this machine, if any. */
    public static Optional<City> read(Path results) {
        var file = file(results);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        var size = new City.Size(
                Integer.parseInt(properties.getProperty("restaurants")),
                Integer.parseInt(properties.getProperty("dishes")),
                Integer.parseInt(properties.getProperty("riders")),
                Integer.parseInt(properties.getProperty("customers")));
        return Optional.of(new City(size, Double.parseDouble(properties.getProperty("radius-metres"))));
    }

    static void write(Path results, City city) {
        var file = file(results);
        var properties = new Properties();
        var size = city.size();
        properties.setProperty("restaurants", Integer.toString(size.restaurants()));
        properties.setProperty("dishes", Integer.toString(size.restaurants() * size.dishesPerRestaurant()));
        properties.setProperty("riders", Integer.toString(size.riders()));
        properties.setProperty("customers", Integer.toString(size.customers()));
        properties.setProperty("radius-metres", Double.toString(city.radiusMetres()));
        properties.setProperty("seeded-at", Instant.now().toString());
        try {
            Files.createDirectories(file.getParent());
            try (Writer writer = Files.newBufferedWriter(file)) {
                properties.store(writer, "The benchmark city seeded on this machine (./platform bench seed)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
