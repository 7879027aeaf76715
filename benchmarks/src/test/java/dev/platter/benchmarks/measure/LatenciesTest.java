package dev.platter.benchmarks.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void takesNearestRankPercentiles() {
        var millis = new ArrayList<Long>();
        for (long i = 1; i <= 1000; i++) {
            millis.add(i);
        }
        Collections.shuffle(millis);

        var latencies = Latencies.of(millis);

        assertThat(latencies.count()).isEqualTo(1000);
        assertThat(latencies.p50()).isEqualTo(500);
        assertThat(latencies.p95()).isEqualTo(950);
        assertThat(latencies.p99()).isEqualTo(990);
        assertThat(latencies.p999()).isEqualTo(999);
        assertThat(latencies.max()).isEqualTo(1000);
    }

    @Test
    void hasNoFiguresWithoutMeasurements() {
        assertThat(Latencies.of(List.of()).count()).isZero();
        assertThat(Latencies.of(List.of()).p99()).isNaN();
    }
}
