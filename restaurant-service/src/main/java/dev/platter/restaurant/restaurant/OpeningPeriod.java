package dev.platter.restaurant.restaurant;

import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * One opening period in the restaurant's own time zone, starting on {@code day}. A period whose {@code closes} is not
 * after {@code opens} runs past midnight into the next day (18:00 to 02:00); equal times mean 24 hours.
 */
public record OpeningPeriod(@NotNull DayOfWeek day, @NotNull LocalTime opens, @NotNull LocalTime closes) {

    boolean crossesMidnight() {
        return !closes.isAfter(opens);
    }
}
