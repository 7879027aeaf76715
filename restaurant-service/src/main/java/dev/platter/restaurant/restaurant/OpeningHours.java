package dev.platter.restaurant.restaurant;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * When a restaurant is open: weekly periods in its time zone, minus holiday closures. A holiday closes the periods
 * that start on that local date; a period that started the evening before and runs past midnight still ends as
 * planned.
 */
public record OpeningHours(ZoneId zone, List<OpeningPeriod> periods, Set<LocalDate> holidays) {

    public OpeningHours {
        periods = List.copyOf(periods);
        holidays = Set.copyOf(holidays);
    }

    public OpeningHours(ZoneId zone, List<OpeningPeriod> periods, Collection<LocalDate> holidays) {
        this(zone, periods, Set.copyOf(holidays));
    }

    /** Whether the restaurant is open at {@code instant}, judged in its own time zone. */
    public boolean isOpenAt(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        LocalDate today = local.toLocalDate();
        LocalDate yesterday = today.minusDays(1);
        for (OpeningPeriod period : periods) {
            if (period.day() == today.getDayOfWeek()
                    && !holidays.contains(today)
                    && coversFromStartDay(period, local)) {
                return true;
            }
            if (period.day() == yesterday.getDayOfWeek()
                    && !holidays.contains(yesterday)
                    && period.crossesMidnight()
                    && local.toLocalTime().isBefore(period.closes())) {
                return true;
            }
        }
        return false;
    }

    private static boolean coversFromStartDay(OpeningPeriod period, LocalDateTime local) {
        var time = local.toLocalTime();
        if (period.crossesMidnight()) {
            return !time.isBefore(period.opens());
        }
        return !time.isBefore(period.opens()) && time.isBefore(period.closes());
    }
}
