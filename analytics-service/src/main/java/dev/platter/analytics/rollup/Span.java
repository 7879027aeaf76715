package dev.platter.analytics.rollup;

import java.time.Instant;

/** A half-open time interval {@code [from, to)}. */
public record Span(Instant from, Instant to) {

    public Span {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A span ends after it starts: " + from + " .. " + to);
        }
    }

    /** The smallest span of whole buckets of {@code grain} that covers this one. */
    public Span widenedTo(Grain grain) {
        var start = grain.floor(from);
        var end = grain.ceil(to);
        return new Span(start, end.equals(start) ? start.plus(grain.length()) : end);
    }
}
