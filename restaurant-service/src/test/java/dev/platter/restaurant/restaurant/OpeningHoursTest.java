package dev.platter.restaurant.restaurant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** Tuesday 2026-12-01 .. the week around it. */
    private static Instant at(String localDateTime, ZoneId zone) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), zone)
                .toInstant();
    }

    private static OpeningPeriod period(DayOfWeek day, String opens, String closes) {
        return new OpeningPeriod(day, LocalTime.parse(opens), LocalTime.parse(closes));
    }

    @Test
    void isOpenWithinAPeriodAndClosedOutsideItInTheRestaurantsOwnZone() {
        var hours = new OpeningHours(KOLKATA, List.of(period(DayOfWeek.TUESDAY, "11:00", "15:00")), Set.of());

        assertThat(hours.isOpenAt(at("2026-12-01T11:00", KOLKATA))).isTrue();
        assertThat(hours.isOpenAt(at("2026-12-01T14:59:59", KOLKATA))).isTrue();
        assertThat(hours.isOpenAt(at("2026-12-01T15:00", KOLKATA))).isFalse();
        assertThat(hours.isOpenAt(at("2026-12-01T10:59", KOLKATA))).isFalse();
        assertThat(hours.isOpenAt(at("2026-12-02T12:00", KOLKATA)))
                .as("Wednesday")
                .isFalse();
    }

    @Test
    void judgesTheSameInstantByTheRestaurantsZoneNotTheCallers() {
        // 12:00 in Kolkata is 06:30 UTC and 01:30 in New York
        var noonInKolkata = at("2026-12-01T12:00", KOLKATA);
        var kolkataLunch = new OpeningHours(KOLKATA, List.of(period(DayOfWeek.TUESDAY, "11:00", "15:00")), Set.of());
        var newYorkLunch = new OpeningHours(NEW_YORK, List.of(period(DayOfWeek.TUESDAY, "11:00", "15:00")), Set.of());

        assertThat(kolkataLunch.isOpenAt(noonInKolkata)).isTrue();
        assertThat(newYorkLunch.isOpenAt(noonInKolkata)).isFalse();
        assertThat(newYorkLunch.isOpenAt(at("2026-12-01T12:00", NEW_YORK))).isTrue();
    }

    @Test
    void aPeriodPastMidnightStaysOpenIntoTheNextDay() {
        var lateNight = new OpeningHours(KOLKATA, List.of(period(DayOfWeek.FRIDAY, "18:00", "02:00")), Set.of());

        assertThat(lateNight.isOpenAt(at("2026-12-04T17:59", KOLKATA))).isFalse();
        assertThat(lateNight.isOpenAt(at("2026-12-04T23:30", KOLKATA))).isTrue();
        assertThat(lateNight.isOpenAt(at("2026-12-05T00:00", KOLKATA)))
                .as("Saturday midnight")
                .isTrue();
        assertThat(lateNight.isOpenAt(at("2026-12-05T01:59", KOLKATA))).isTrue();
        assertThat(lateNight.isOpenAt(at("2026-12-05T02:00", KOLKATA))).isFalse();
        assertThat(lateNight.isOpenAt(at("2026-12-05T19:00", KOLKATA)))
                .as("Saturday evening")
                .isFalse();
        assertThat(lateNight.isOpenAt(at("2026-12-04T01:00", KOLKATA)))
                .as("Friday 01:00 belongs to Thursday's night, which has no period")
                .isFalse();
    }

    @Test
    void equalOpeningAndClosingTimesMeanAroundTheClock() {
        var allDay = new OpeningHours(KOLKATA, List.of(period(DayOfWeek.SUNDAY, "00:00", "00:00")), Set.of());

        assertThat(allDay.isOpenAt(at("2026-12-06T00:00", KOLKATA))).isTrue();
        assertThat(allDay.isOpenAt(at("2026-12-06T23:59:59", KOLKATA))).isTrue();
        assertThat(allDay.isOpenAt(at("2026-12-07T00:00", KOLKATA)))
                .as("Monday")
                .isFalse();
    }

    @Test
    void aHolidayClosesThePeriodsStartingThatDayButNotLastNightsLateShift() {
        var christmas = LocalDate.parse("2026-12-25"); // a Friday
        var hours = new OpeningHours(
                KOLKATA,
                List.of(period(DayOfWeek.THURSDAY, "18:00", "02:00"), period(DayOfWeek.FRIDAY, "11:00", "23:00")),
                Set.of(christmas));

        assertThat(hours.isOpenAt(at("2026-12-25T01:00", KOLKATA)))
                .as("Thursday's late shift ends as planned")
                .isTrue();
        assertThat(hours.isOpenAt(at("2026-12-25T12:00", KOLKATA)))
                .as("closed on the holiday")
                .isFalse();
        assertThat(hours.isOpenAt(at("2026-12-18T12:00", KOLKATA)))
                .as("the Friday before")
                .isTrue();
    }

    @Test
    void aHolidayOnTheStartDayOfALateShiftClosesItAfterMidnightToo() {
        var hours = new OpeningHours(
                KOLKATA, List.of(period(DayOfWeek.THURSDAY, "18:00", "02:00")), Set.of(LocalDate.parse("2026-12-24")));

        assertThat(hours.isOpenAt(at("2026-12-24T20:00", KOLKATA))).isFalse();
        assertThat(hours.isOpenAt(at("2026-12-25T01:00", KOLKATA))).isFalse();
    }

    @Test
    void followsDaylightSavingTimeChangesInTheRestaurantsZone() {
        // New York moves from EDT (UTC-4) to EST (UTC-5) on 2026-11-01; 12:00 local is 16:00 UTC before, 17:00 after
        var sundayLunch = new OpeningHours(NEW_YORK, List.of(period(DayOfWeek.SUNDAY, "12:00", "13:00")), Set.of());

        assertThat(sundayLunch.isOpenAt(Instant.parse("2026-10-25T16:30:00Z"))).isTrue();
        assertThat(sundayLunch.isOpenAt(Instant.parse("2026-11-01T16:30:00Z"))).isFalse();
        assertThat(sundayLunch.isOpenAt(Instant.parse("2026-11-01T17:30:00Z"))).isTrue();
    }
}
