package dev.platter.analytics.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platter.analytics.rollup.Grain;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeRangeTest {

    private static final Duration MONTHS = Duration.ofDays(92);

    private static Instant at(String text) {
        return Instant.parse(text);
    }

    @Test
    void coversAMonthWithWholeDaysAndItsRaggedEdgesWithHoursThenMinutes() {
        var range = TimeRange.of(at("2026-11-03T10:17:00Z"), at("2026-12-03T09:42:00Z"), MONTHS);
        assertThat(range.segments())
                .containsExactly(
                        new TimeRange.Segment(Grain.MINUTE, at("2026-11-03T10:17:00Z"), at("2026-11-03T11:00:00Z")),
                        new TimeRange.Segment(Grain.HOUR, at("2026-11-03T11:00:00Z"), at("2026-11-04T00:00:00Z")),
                        new TimeRange.Segment(Grain.DAY, at("2026-11-04T00:00:00Z"), at("2026-12-03T00:00:00Z")),
                        new TimeRange.Segment(Grain.HOUR, at("2026-12-03T00:00:00Z"), at("2026-12-03T09:00:00Z")),
                        new TimeRange.Segment(Grain.MINUTE, at("2026-12-03T09:00:00Z"), at("2026-12-03T09:42:00Z")));
    }

    @Test
    void usesOnlyMinutesWithinOneHourAndOnlyADayForAWholeDay() {
        assertThat(TimeRange.of(at("2026-12-03T10:05:00Z"), at("2026-12-03T10:35:00Z"), MONTHS)
                        .segments())
                .containsExactly(
                        new TimeRange.Segment(Grain.MINUTE, at("2026-12-03T10:05:00Z"), at("2026-12-03T10:35:00Z")));
        assertThat(TimeRange.of(at("2026-12-03T00:00:00Z"), at("2026-12-04T00:00:00Z"), MONTHS)
                        .segments())
                .containsExactly(
                        new TimeRange.Segment(Grain.DAY, at("2026-12-03T00:00:00Z"), at("2026-12-04T00:00:00Z")));
    }

    @Test
    void truncatesToWholeMinutes() {
        var range = TimeRange.of(at("2026-12-03T10:05:59.999Z"), at("2026-12-03T10:07:30Z"), MONTHS);
        assertThat(range.from()).isEqualTo(at("2026-12-03T10:05:00Z"));
        assertThat(range.to()).isEqualTo(at("2026-12-03T10:07:00Z"));
    }

    @Test
    void refusesMissingReversedEmptyAndOverlongRanges() {
        assertThatThrownBy(() -> TimeRange.of(null, at("2026-12-03T10:00:00Z"), MONTHS))
                .isInstanceOf(InvalidQuery.class);
        assertThatThrownBy(() -> TimeRange.of(at("2026-12-03T10:00:00Z"), at("2026-12-03T09:00:00Z"), MONTHS))
                .isInstanceOf(InvalidQuery.class);
        assertThatThrownBy(() -> TimeRange.of(at("2026-12-03T10:00:10Z"), at("2026-12-03T10:00:50Z"), MONTHS))
                .isInstanceOf(InvalidQuery.class);
        assertThatThrownBy(() -> TimeRange.of(at("2026-01-01T00:00:00Z"), at("2026-06-01T00:00:00Z"), MONTHS))
                .isInstanceOf(InvalidQuery.class)
                .hasMessageContaining("at most")
                .extracting(e -> ((InvalidQuery) e).kind())
                .isEqualTo("invalid-time-range");
    }
}
