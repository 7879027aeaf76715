package dev.platter.analytics.query;

import dev.platter.analytics.rollup.Grain;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A half-open range {@code [from, to)} of whole minutes, UTC: the caller's instants are truncated to the minute. It
 * answers from as few rollup rows as possible: whole days, then whole hours, then minutes at the edges.
 */
record TimeRange(Instant from, Instant to) {

    /** One run of buckets of one grain. */
    record Segment(Grain grain, Instant from, Instant to) {}

    /** Validates and truncates what the caller asked for. */
    static TimeRange of(@Nullable Instant from, @Nullable Instant to, Duration max) {
        if (from == null || to == null) {
            throw InvalidQuery.timeRange("Both 'from' and 'to' are required (ISO-8601 instants)");
        }
        var start = Grain.MINUTE.floor(from);
        var end = Grain.MINUTE.floor(to);
        if (!end.isAfter(start)) {
            throw InvalidQuery.timeRange("'to' must be at least a minute after 'from' (both are truncated to minutes)");
        }
        if (Duration.between(start, end).compareTo(max) > 0) {
            throw InvalidQuery.timeRange(
                    "The range may cover at most " + max + ", was " + Duration.between(start, end));
        }
        return new TimeRange(start, end);
    }

    List<Segment> segments() {
        var segments = new ArrayList<Segment>();
        var dayStart = Grain.DAY.ceil(from);
        var dayEnd = Grain.DAY.floor(to);
        if (dayStart.isBefore(dayEnd)) {
            hoursAndMinutes(from, dayStart, segments);
            segments.add(new Segment(Grain.DAY, dayStart, dayEnd));
            hoursAndMinutes(dayEnd, to, segments);
        } else {
            hoursAndMinutes(from, to, segments);
        }
        return segments;
    }

    private static void hoursAndMinutes(Instant from, Instant to, List<Segment> segments) {
        var hourStart = Grain.HOUR.ceil(from);
        var hourEnd = Grain.HOUR.floor(to);
        if (hourStart.isBefore(hourEnd)) {
            minutes(from, hourStart, segments);
            segments.add(new Segment(Grain.HOUR, hourStart, hourEnd));
            minutes(hourEnd, to, segments);
        } else {
            minutes(from, to, segments);
        }
    }

    private static void minutes(Instant from, Instant to, List<Segment> segments) {
        if (from.isBefore(to)) {
            segments.add(new Segment(Grain.MINUTE, from, to));
        }
    }
}
