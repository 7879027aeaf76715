package dev.platter.analytics.rollup;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The size of a rollup bucket, UTC; each is the sum of the buckets of the grain below it. */
public enum Grain {
    /** One minute: computed from the facts. */
    MINUTE("m", "minute", ChronoUnit.MINUTES),
    /** One hour: the sum of its minutes (a step that keeps long ranges fast). */
    HOUR("h", "hour", ChronoUnit.HOURS),
    /** One UTC day: the sum of its hours. */
    DAY("d", "day", ChronoUnit.DAYS);

    private final String code;
    private final String unit;
    private final ChronoUnit chronoUnit;

    Grain(String code, String unit, ChronoUnit chronoUnit) {
        this.code = code;
        this.unit = unit;
        this.chronoUnit = chronoUnit;
    }

    /** The value of the {@code grain} column. */
    public String code() {
        return code;
    }

    /** The {@code date_trunc} unit. */
    String unit() {
        return unit;
    }

    public Duration length() {
        return chronoUnit.getDuration();
    }

    /** The start of the bucket {@code instant} is in. */
    public Instant floor(Instant instant) {
        return instant.truncatedTo(chronoUnit);
    }

    /** The first bucket start at or after {@code instant}. */
    public Instant ceil(Instant instant) {
        var floor = floor(instant);
        return floor.equals(instant) ? floor : floor.plus(length());
    }
}
