package dev.platter.benchmarks.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Reads a report Gatling 3.13 wrote for a checkout run (trimmed to a few requests). */
class GatlingReportTest {

    private static final Path REPORT = Path.of("src/test/resources/gatling-report");

    @Test
    void readsEveryRequestAndGroupWithItsFigures() {
        var entries = GatlingReport.read(REPORT);

        assertThat(entries)
                .extracting(GatlingReport.Entry::name)
                .containsExactly(
                        "checkout (cart to PLACED) (warm-up)",
                        "checkout: place order (card) (warm-up)",
                        "checkout (cart to PLACED)",
                        "checkout: add to cart",
                        "checkout: place order (card)",
                        "ping (keep-alive) (warm-up)",
                        "ping (keep-alive)");
        var order = entries.stream()
                .filter(e -> e.name().equals("checkout: place order (card)"))
                .findFirst()
                .orElseThrow();
        assertThat(order.group()).isFalse();
        assertThat(order.ok()).isEqualTo(25);
        assertThat(order.ko()).isZero();
        assertThat(order.p50()).isEqualTo(1598);
        assertThat(order.p99()).isEqualTo(3159);
        assertThat(order.max()).isEqualTo(3159);
        var journey = entries.stream()
                .filter(e -> e.name().equals("checkout (cart to PLACED)"))
                .findFirst()
                .orElseThrow();
        assertThat(journey.group()).isTrue();
        assertThat(journey.p50()).isEqualTo(4399);
    }

    @Test
    void findsTheReportFolder() throws Exception {
        assertThat(GatlingReport.find(REPORT.getParent())).isEqualTo(REPORT);
    }
}
