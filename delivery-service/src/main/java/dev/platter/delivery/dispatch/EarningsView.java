package dev.platter.delivery.dispatch;

import dev.platter.platform.events.Money;
import java.time.LocalDate;
import java.util.List;

/** A rider's deliveries and earnings per day (UTC) in a range, and the totals. */
record EarningsView(LocalDate from, LocalDate to, List<Day> days, int deliveries, Money total) {

    /**
     * @param pay the base per delivery and the distance component
     * @param tips what customers added
     */
    record Day(LocalDate date, int deliveries, int distanceMetres, Money pay, Money tips, Money total) {}
}
