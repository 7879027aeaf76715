package dev.platter.analytics.rollup;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Order figures per minute, hour and day for the whole platform, each city and each restaurant. A minute is
 * recomputed from the facts of the orders that count in it whenever one of them changes, then its hour and day from
 * the buckets below; nothing is ever incremented, so duplicates and reordering cannot skew a figure.
 */
@Component
public class OrderRollups {

    /** Delivery-time histogram bins: whole minutes 0 to 119, and one for two hours or more. */
    public static final int DELIVERY_BINS = 121;

    public static final List<String> SUMMED = List.of(
            "orders",
            "delivered",
            "cancelled",
            "rejected",
            "gmv_minor",
            "promo_minor",
            "promo_orders",
            "accepted",
            "accept_ms",
            "prepared",
            "prep_ms",
            "prep_promised_ms",
            "prep_late",
            "dispatched",
            "dispatch_ms",
            "delivery_ms",
            "with_eta",
            "late",
            "payments_authorized",
            "payments_failed");

    private static final String PLACED = "placed_at is not null";
    private static final String DELIVERED = PLACED + " and delivered_at is not null";
    private static final String ETA = "coalesce(assigned_eta, pickup_eta)";

    /** Each summed column (in {@link #SUMMED}'s order) as computed from the facts of one bucket. */
    private static final String MINUTE_FIGURES = String.join(
            ",\n",
            "count(*) filter (where " + PLACED + ")",
            "count(*) filter (where " + DELIVERED + ")",
            "count(*) filter (where " + PLACED + " and cancelled_at is not null)",
            "count(*) filter (where " + PLACED + " and rejected_at is not null)",
            "coalesce(sum(delivered_total_minor) filter (where " + DELIVERED + "), 0)",
            "coalesce(sum(discount_minor) filter (where " + DELIVERED + "), 0)",
            "count(*) filter (where " + DELIVERED + " and discount_minor > 0)",
            "count(*) filter (where " + PLACED + " and ticket_accepted_at is not null)",
            "coalesce(sum(ms(ticket_accepted_at - placed_at)) filter (where " + PLACED
                    + " and ticket_accepted_at is not null), 0)",
            "count(*) filter (where ticket_accepted_at is not null and ready_at is not null)",
            "coalesce(sum(ms(ready_at - ticket_accepted_at)) filter (where ticket_accepted_at is not null"
                    + " and ready_at is not null), 0)",
            "coalesce(sum(prep_minutes * 60000::bigint) filter (where ticket_accepted_at is not null"
                    + " and ready_at is not null), 0)",
            "count(*) filter (where ready_at is not null and ready_at > promised_ready_at)",
            "count(*) filter (where delivery_requested_at is not null and rider_assigned_at is not null)",
            "coalesce(sum(ms(rider_assigned_at - delivery_requested_at)) filter (where delivery_requested_at"
                    + " is not null and rider_assigned_at is not null), 0)",
            "coalesce(sum(ms(delivered_at - placed_at)) filter (where " + DELIVERED + "), 0)",
            "count(*) filter (where " + DELIVERED + " and " + ETA + " is not null)",
            "count(*) filter (where " + DELIVERED + " and delivered_at > " + ETA + ")",
            "count(*) filter (where payment_authorized_at is not null)",
            "count(*) filter (where payment_failed_at is not null and payment_authorized_at is null)",
            "coalesce(hist_sum(hist_one(least(" + (DELIVERY_BINS - 1) + ", ms(delivered_at - placed_at) / 60000)::int, "
                    + DELIVERY_BINS + ")) filter (where " + DELIVERED + "), array_fill(0, array[" + DELIVERY_BINS
                    + "]))");

    private final JdbcTemplate jdbc;
    private final Regrain regrain;

    OrderRollups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.regrain = new Regrain(
                jdbc,
                "order_rollup",
                List.of("scope_kind", "scope_key", "currency"),
                SUMMED,
                List.of("delivery_histogram"));
    }

    /** Where an order counts: the minute of its bucket time, its restaurant and its delivery city. */
    public record Slot(Instant minute, UUID restaurantId, @Nullable String city) {

        public Slot {
            minute = Grain.MINUTE.floor(minute);
        }
    }

    /** The scopes that roll up. */
    public enum ScopeKind {
        /** Every order. */
        ALL("all"),
        /** Orders delivered to one city. */
        CITY("city"),
        /** Orders of one restaurant. */
        RESTAURANT("restaurant");

        private final String code;

        ScopeKind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        String factFilter() {
            return switch (this) {
                case ALL -> "true";
                case CITY -> "city = ?";
                case RESTAURANT -> "restaurant_id = ?::uuid";
            };
        }
    }

    private record ScopedMinute(ScopeKind kind, String key, Instant minute) {}

    /** Recomputes every bucket the slots fall in, for each of their scopes. */
    void refresh(Collection<Slot> slots) {
        var minutes = new LinkedHashSet<ScopedMinute>();
        for (var slot : slots) {
            minutes.add(
                    new ScopedMinute(ScopeKind.RESTAURANT, slot.restaurantId().toString(), slot.minute()));
            if (slot.city() != null) {
                minutes.add(new ScopedMinute(ScopeKind.CITY, slot.city(), slot.minute()));
            }
            minutes.add(new ScopedMinute(ScopeKind.ALL, "", slot.minute()));
        }
        minutes.forEach(this::recomputeMinute);
        var hours = new LinkedHashSet<ScopedMinute>();
        minutes.forEach(m -> hours.add(new ScopedMinute(m.kind(), m.key(), Grain.HOUR.floor(m.minute()))));
        hours.forEach(h -> regrain.rebuild(
                Grain.HOUR, span(h.minute(), Grain.HOUR), h.kind().code(), h.key()));
        var days = new LinkedHashSet<ScopedMinute>();
        hours.forEach(h -> days.add(new ScopedMinute(h.kind(), h.key(), Grain.DAY.floor(h.minute()))));
        days.forEach(d ->
                regrain.rebuild(Grain.DAY, span(d.minute(), Grain.DAY), d.kind().code(), d.key()));
    }

    private static Span span(Instant start, Grain grain) {
        return new Span(start, start.plus(grain.length()));
    }

    private void recomputeMinute(ScopedMinute scoped) {
        var from = Timestamp.from(scoped.minute());
        var to = Timestamp.from(scoped.minute().plus(Grain.MINUTE.length()));
        jdbc.update(
                "delete from order_rollup where grain = 'm' and scope_kind = ? and scope_key = ? and bucket = ?",
                scoped.kind().code(),
                scoped.key(),
                from);
        var filter = scoped.kind().factFilter();
        var sql = "insert into order_rollup (grain, scope_kind, scope_key, bucket, currency, "
                + String.join(", ", SUMMED) + ", delivery_histogram) select 'm', ?, ?, ?, currency,\n"
                + MINUTE_FIGURES + "\nfrom order_fact where restaurant_id is not null and currency is not null"
                + " and bucket_at >= ? and bucket_at < ? and " + filter + " group by currency";
        if (scoped.kind() == ScopeKind.ALL) {
            jdbc.update(sql, scoped.kind().code(), scoped.key(), from, from, to);
        } else {
            jdbc.update(sql, scoped.kind().code(), scoped.key(), from, from, to, scoped.key());
        }
    }
}
