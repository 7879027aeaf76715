package dev.platter.analytics.query;

import static dev.platter.analytics.query.Figures.average;
import static dev.platter.analytics.query.Figures.ratio;

import dev.platter.analytics.config.AnalyticsProperties;
import dev.platter.analytics.restaurant.RestaurantReplica;
import dev.platter.analytics.rollup.RiderRollups;
import dev.platter.platform.events.Money;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Figures from the rollups: a handful of rows for any range, never the facts. */
@Service
@Transactional(readOnly = true)
class AnalyticsQueries {

    private static final double SECOND = 1_000;
    private static final double MINUTE = 60_000;

    private final JdbcTemplate jdbc;
    private final RestaurantReplica restaurants;
    private final AnalyticsProperties properties;

    AnalyticsQueries(JdbcTemplate jdbc, RestaurantReplica restaurants, AnalyticsProperties properties) {
        this.jdbc = jdbc;
        this.restaurants = restaurants;
        this.properties = properties;
    }

    /** A WHERE fragment and its arguments. */
    private record Condition(String sql, List<Object> args) {}

    private static Condition scope(Scope scope) {
        if (scope instanceof Scope.City city) {
            return new Condition("scope_kind = 'city' and scope_key = ?", List.of(city.name()));
        }
        if (scope instanceof Scope.Restaurants owned) {
            var keys = owned.ids().stream().map(UUID::toString).toArray(String[]::new);
            return new Condition("scope_kind = 'restaurant' and scope_key = any(?)", List.of((Object) keys));
        }
        return new Condition("scope_kind = 'all' and scope_key = ''", List.of());
    }

    private static Condition segments(TimeRange range) {
        var parts = new ArrayList<String>();
        var args = new ArrayList<Object>();
        for (var segment : range.segments()) {
            parts.add("(grain = ? and bucket >= ? and bucket < ?)");
            args.add(segment.grain().code());
            args.add(Timestamp.from(segment.from()));
            args.add(Timestamp.from(segment.to()));
        }
        return new Condition("(" + String.join(" or ", parts) + ")", args);
    }

    private static Object[] args(Condition... conditions) {
        var args = new ArrayList<Object>();
        for (var condition : conditions) {
            args.addAll(condition.args());
        }
        return args.toArray();
    }

    Figures.Overview overview(Scope scope, TimeRange range) {
        var where = scope(scope);
        var when = segments(range);
        var byCurrency = new TreeMap<String, Tally>();
        jdbc.query(
                "select currency, " + Tally.selectList() + " from order_rollup where " + where.sql() + " and "
                        + when.sql() + " group by currency",
                rs -> {
                    byCurrency.put(rs.getString(1), Tally.read(rs, 2));
                },
                args(where, when));
        var total = Tally.empty();
        byCurrency.values().forEach(total::add);
        var sales = new ArrayList<Figures.Sales>();
        byCurrency.forEach((currency, tally) -> sales.add(sales(currency, tally)));
        return new Figures.Overview(
                range.from(),
                range.to(),
                scope.describe(),
                orders(total),
                sales,
                kitchen(total),
                delivery(total),
                payments(total),
                scope instanceof Scope.Platform ? riders(range) : null);
    }

    private static Figures.Orders orders(Tally t) {
        long placed = t.get("orders");
        return new Figures.Orders(
                placed,
                t.get("delivered"),
                t.get("cancelled"),
                t.get("rejected"),
                ratio(t.get("cancelled"), placed),
                ratio(t.get("rejected"), placed));
    }

    private static Figures.Sales sales(String currency, Tally t) {
        long delivered = t.get("delivered");
        long gmv = t.get("gmv_minor");
        Money average = delivered == 0 ? null : Money.of((2 * gmv + delivered) / (2 * delivered), currency);
        return new Figures.Sales(
                currency,
                delivered,
                Money.of(gmv, currency),
                average,
                Money.of(t.get("promo_minor"), currency),
                t.get("promo_orders"));
    }

    private static Figures.Kitchen kitchen(Tally t) {
        long prepared = t.get("prepared");
        return new Figures.Kitchen(
                t.get("accepted"),
                average(t.get("accept_ms"), t.get("accepted"), SECOND),
                prepared,
                average(t.get("prep_ms"), prepared, MINUTE),
                average(t.get("prep_promised_ms"), prepared, MINUTE),
                t.get("prep_late"));
    }

    private static Figures.Delivery delivery(Tally t) {
        long delivered = t.get("delivered");
        return new Figures.Delivery(
                delivered,
                average(t.get("delivery_ms"), delivered, MINUTE),
                t.deliveryPercentile(0.5),
                t.deliveryPercentile(0.9),
                t.get("dispatched"),
                average(t.get("dispatch_ms"), t.get("dispatched"), SECOND),
                t.get("with_eta"),
                t.get("late"),
                ratio(t.get("late"), t.get("with_eta")));
    }

    private static Figures.Payments payments(Tally t) {
        long authorized = t.get("payments_authorized");
        long failed = t.get("payments_failed");
        return new Figures.Payments(authorized, failed, ratio(failed, authorized + failed));
    }

    private Figures.Riders riders(TimeRange range) {
        var when = segments(range);
        var args = new ArrayList<Object>();
        args.add(RiderRollups.ALL_RIDERS);
        args.addAll(when.args());
        return jdbc.queryForObject(
                "select coalesce(sum(online_ms), 0), coalesce(sum(busy_ms), 0) from rider_rollup where rider_id = ?"
                        + " and " + when.sql(),
                (rs, i) -> new Figures.Riders(
                        rs.getLong(1) / MINUTE, rs.getLong(2) / MINUTE, ratio(rs.getLong(2), rs.getLong(1))),
                args.toArray());
    }

    Figures.Series series(Scope scope, TimeRange range) {
        if (java.time.Duration.between(range.from(), range.to()).compareTo(properties.maxSeriesRange()) > 0) {
            throw InvalidQuery.timeRange("A per-minute series may cover at most " + properties.maxSeriesRange());
        }
        var where = scope(scope);
        var args = new ArrayList<Object>(where.args());
        args.add(Timestamp.from(range.from()));
        args.add(Timestamp.from(range.to()));
        var counted = new LinkedHashMap<Instant, Figures.Minute>();
        jdbc.query(
                "select bucket, sum(orders), sum(delivered), sum(cancelled), sum(rejected) from order_rollup"
                        + " where grain = 'm' and " + where.sql() + " and bucket >= ? and bucket < ? group by bucket",
                rs -> {
                    var minute = rs.getTimestamp(1).toInstant();
                    counted.put(
                            minute,
                            new Figures.Minute(minute, rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                },
                args.toArray());
        var minutes = new ArrayList<Figures.Minute>();
        for (var minute = range.from(); minute.isBefore(range.to()); minute = minute.plusSeconds(60)) {
            minutes.add(counted.getOrDefault(minute, new Figures.Minute(minute, 0, 0, 0, 0)));
        }
        return new Figures.Series(range.from(), range.to(), scope.describe(), minutes);
    }

    /** Every restaurant with orders in the range, within the city or the set of restaurants given. */
    List<Figures.RestaurantFigures> restaurants(TimeRange range, @Nullable String city, @Nullable List<UUID> only) {
        var when = segments(range);
        var sql = new StringBuilder("select scope_key, currency, " + Tally.selectList()
                + " from order_rollup where scope_kind = 'restaurant' and " + when.sql());
        var args = new ArrayList<Object>(when.args());
        if (city != null) {
            sql.append(" and scope_key in (select restaurant_id::text from restaurant_replica where city = ?)");
            args.add(city);
        }
        if (only != null) {
            sql.append(" and scope_key = any(?)");
            args.add(only.stream().map(UUID::toString).toArray(String[]::new));
        }
        sql.append(" group by scope_key, currency");
        var rows = new ArrayList<Map.Entry<UUID, Map.Entry<String, Tally>>>();
        jdbc.query(
                sql.toString(),
                rs -> {
                    rows.add(
                            Map.entry(UUID.fromString(rs.getString(1)), Map.entry(rs.getString(2), Tally.read(rs, 3))));
                },
                args.toArray());
        var names = restaurants.byId(rows.stream().map(Map.Entry::getKey).toList());
        return rows.stream()
                .map(row -> {
                    var known = names.get(row.getKey());
                    var t = row.getValue().getValue();
                    return new Figures.RestaurantFigures(
                            row.getKey(),
                            known == null ? null : known.name(),
                            t.get("orders"),
                            t.get("delivered"),
                            t.get("cancelled"),
                            t.get("rejected"),
                            ratio(t.get("rejected"), t.get("orders")),
                            t.get("with_eta"),
                            t.get("late"),
                            ratio(t.get("late"), t.get("with_eta")),
                            Money.of(t.get("gmv_minor"), row.getValue().getKey()),
                            average(t.get("delivery_ms"), t.get("delivered"), MINUTE),
                            average(t.get("accept_ms"), t.get("accepted"), SECOND));
                })
                .toList();
    }

    /** The restaurants with most orders (then most delivered, then GMV). */
    List<Figures.RestaurantFigures> top(List<Figures.RestaurantFigures> all, int limit) {
        return all.stream()
                .sorted(Comparator.comparingLong(Figures.RestaurantFigures::placed)
                        .thenComparingLong(Figures.RestaurantFigures::delivered)
                        .thenComparingLong(r -> r.gmv().amountMinor())
                        .reversed()
                        .thenComparing(Figures.RestaurantFigures::restaurantId))
                .limit(limit)
                .toList();
    }

    /**
     * Restaurants with enough orders whose rejection or late rate reaches its threshold, worst first; a threshold not
     * asked for is the configured one.
     */
    List<Figures.RestaurantFigures> needingAttention(
            List<Figures.RestaurantFigures> all,
            @Nullable Integer minOrdersAsked,
            @Nullable Double rejectionRateAsked,
            @Nullable Double lateRateAsked,
            int limit) {
        var defaults = properties.attention();
        int minOrders = minOrdersAsked == null ? defaults.minOrders() : minOrdersAsked;
        double rejectionRate = rejectionRateAsked == null ? defaults.rejectionRate() : rejectionRateAsked;
        double lateRate = lateRateAsked == null ? defaults.lateRate() : lateRateAsked;
        return all.stream()
                .filter(r -> r.placed() >= minOrders)
                .filter(r -> (r.rejectionRate() != null && r.rejectionRate() >= rejectionRate)
                        || (r.lateRate() != null && r.lateRate() >= lateRate))
                .sorted(Comparator.comparingDouble(AnalyticsQueries::worstRate)
                        .reversed()
                        .thenComparing(Figures.RestaurantFigures::restaurantId))
                .limit(limit)
                .toList();
    }

    private static double worstRate(Figures.RestaurantFigures r) {
        return Math.max(r.rejectionRate() == null ? 0 : r.rejectionRate(), r.lateRate() == null ? 0 : r.lateRate());
    }

    Figures.RidersPerformance riders(TimeRange range, int limit) {
        var when = segments(range);
        var args = new ArrayList<Object>();
        args.add(RiderRollups.ALL_RIDERS);
        args.addAll(when.args());
        args.add(limit);
        var riders = jdbc.query(
                "select rider_id, sum(deliveries), sum(delivery_ms), sum(with_eta), sum(late), sum(online_ms),"
                        + " sum(busy_ms) from rider_rollup where rider_id <> ? and " + when.sql()
                        + " group by rider_id order by sum(deliveries) desc, sum(busy_ms) desc, rider_id limit ?",
                (rs, i) -> new Figures.RiderFigures(
                        rs.getObject(1, UUID.class),
                        rs.getLong(2),
                        average(rs.getLong(3), rs.getLong(2), MINUTE),
                        rs.getLong(4),
                        rs.getLong(5),
                        ratio(rs.getLong(5), rs.getLong(4)),
                        rs.getLong(6) / MINUTE,
                        rs.getLong(7) / MINUTE,
                        ratio(rs.getLong(7), rs.getLong(6))),
                args.toArray());
        return new Figures.RidersPerformance(range.from(), range.to(), riders);
    }
}
