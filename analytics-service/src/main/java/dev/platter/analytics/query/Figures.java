package dev.platter.analytics.query;

import dev.platter.platform.events.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the analytics API answers. Orders count in the minute they were placed; rates are ratios (0 to 1) and null
 * when there is nothing to divide by; money is per currency.
 */
final class Figures {

    private Figures() {}

    /** The figures of a time range and scope. */
    record Overview(
            Instant from,
            Instant to,
            String scope,
            Orders orders,
            List<Sales> sales,
            Kitchen kitchen,
            Delivery delivery,
            Payments payments,
            @Nullable Riders riders) {}

    /**
     * @param placed orders placed
     * @param cancellationRate cancelled / placed
     * @param rejectionRate rejected by the restaurant (or its timeout) / placed
     */
    record Orders(
            long placed,
            long delivered,
            long cancelled,
            long rejected,
            @Nullable Double cancellationRate,
            @Nullable Double rejectionRate) {}

    /**
     * @param gmv the totals of the delivered orders
     * @param averageOrderValue gmv / delivered orders, rounded half up to the minor unit
     * @param promoSpend the promotion discounts of the delivered orders
     * @param promoOrders delivered orders with a discount
     */
    record Sales(
            String currency,
            long delivered,
            Money gmv,
            @Nullable Money averageOrderValue,
            Money promoSpend,
            long promoOrders) {}

    /**
     * @param accepted placed orders the restaurant accepted
     * @param averageAcceptanceSeconds placed to accepted
     * @param prepared accepted orders that became ready
     * @param averagePrepMinutes accepted to ready
     * @param averagePromisedPrepMinutes the preparation minutes promised on acceptance, for those orders
     * @param preparedLate ready after the promised time
     */
    record Kitchen(
            long accepted,
            @Nullable Double averageAcceptanceSeconds,
            long prepared,
            @Nullable Double averagePrepMinutes,
            @Nullable Double averagePromisedPrepMinutes,
            long preparedLate) {}

    /**
     * @param averageMinutes placed to delivered
     * @param p50Minutes median delivery time, nearest rank, whole minutes (floored)
     * @param p90Minutes 90th percentile, likewise
     * @param dispatched deliveries that got a rider
     * @param averageDispatchSeconds delivery requested to rider assigned
     * @param withEta delivered orders that had a promised ETA
     * @param late delivered after the promised ETA
     * @param lateRate late / withEta
     */
    record Delivery(
            long delivered,
            @Nullable Double averageMinutes,
            @Nullable Integer p50Minutes,
            @Nullable Integer p90Minutes,
            long dispatched,
            @Nullable Double averageDispatchSeconds,
            long withEta,
            long late,
            @Nullable Double lateRate) {}

    /** @param failureRate failed / (authorized + failed), per order */
    record Payments(long authorized, long failed, @Nullable Double failureRate) {}

    /**
     * Riders over the range (platform scope only: riders belong to no city or restaurant).
     *
     * @param onlineMinutes time online in closed shifts
     * @param busyMinutes time between assignment and the end of a delivery
     * @param utilisation busy / online
     */
    record Riders(double onlineMinutes, double busyMinutes, @Nullable Double utilisation) {}

    /** One minute of the live series. */
    record Minute(Instant minute, long placed, long delivered, long cancelled, long rejected) {}

    /** A per-minute series. */
    record Series(Instant from, Instant to, String scope, List<Minute> minutes) {}

    /** One restaurant's figures in a ranking. */
    record RestaurantFigures(
            UUID restaurantId,
            @Nullable String name,
            long placed,
            long delivered,
            long cancelled,
            long rejected,
            @Nullable Double rejectionRate,
            long withEta,
            long late,
            @Nullable Double lateRate,
            Money gmv,
            @Nullable Double averageDeliveryMinutes,
            @Nullable Double averageAcceptanceSeconds) {}

    /** A ranking of restaurants. */
    record Restaurants(Instant from, Instant to, String scope, List<RestaurantFigures> restaurants) {}

    /** One rider's performance. */
    record RiderFigures(
            UUID riderId,
            long deliveries,
            @Nullable Double averageDeliveryMinutes,
            long withEta,
            long late,
            @Nullable Double lateRate,
            double onlineMinutes,
            double busyMinutes,
            @Nullable Double utilisation) {}

    /** Riders ranked by deliveries. */
    record RidersPerformance(Instant from, Instant to, List<RiderFigures> riders) {}

    static @Nullable Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    static @Nullable Double average(long total, long count, double unit) {
        return count == 0 ? null : total / unit / count;
    }
}
