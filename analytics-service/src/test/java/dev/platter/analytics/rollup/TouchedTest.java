package dev.platter.analytics.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TouchedTest {

    private static Span span(String from, String to) {
        return new Span(Instant.parse("2026-12-03T" + from + "Z"), Instant.parse("2026-12-03T" + to + "Z"));
    }

    @Test
    void widensSpansToWholeMinutesAndMergesThoseThatOverlapOrTouch() {
        assertThat(Touched.merge(List.of(
                        span("10:20:00", "10:25:00"),
                        span("10:00:30", "10:02:10"),
                        span("10:03:00", "10:04:00"),
                        span("10:02:40", "10:02:50"),
                        span("10:24:00", "10:30:01"))))
                .containsExactly(span("10:00:00", "10:04:00"), span("10:20:00", "10:31:00"));
    }

    @Test
    void coversAnInstantWithItsMinute() {
        assertThat(Touched.merge(List.of(span("10:05:00", "10:05:00")))).containsExactly(span("10:05:00", "10:06:00"));
    }
}
