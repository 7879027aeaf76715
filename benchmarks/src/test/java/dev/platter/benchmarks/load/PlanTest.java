package dev.platter.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanTest {

    @Test
    void readsBackWhatItWrote(@TempDir Path folder) {
        var plan = new Plan(
                Map.of(Stream.CHECKOUT, 20.0, Stream.PINGS, 1000.0),
                Duration.ofSeconds(30),
                Duration.ofMinutes(10),
                URI.create("http://127.0.0.1:8080"),
                URI.create("http://127.0.0.1:8082"),
                URI.create("http://127.0.0.1:12111"),
                "sk_test_platter_local",
                folder.resolve("feeders"),
                folder.resolve("started"),
                2000,
                Duration.ofMillis(200),
                150);
        var file = folder.resolve("plan.properties");

        plan.write(file);

        assertThat(Plan.read(file)).isEqualTo(plan);
    }
}
