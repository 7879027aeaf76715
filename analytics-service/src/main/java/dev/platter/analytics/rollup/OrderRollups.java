package dev.platter.analytics.rollup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
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
                List.of("scope_kind", "scope_key"),
                List.of("text", "text"),
                List.of("currency"),
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
    }

    /** Recomputes every bucket the slots fall in, for each of their scopes, in a few set-based statements. */
    void refresh(Collection<Slot> slots) {
        if (slots.isEmpty()) {
            return;
        }
        var minutes = new LinkedHashMap<List<String>, List<Span>>();
        for (var slot : slots) {
            var minute = new Span(slot.minute(), slot.minute().plus(Grain.MINUTE.length()));
            minutes.computeIfAbsent(
                            List.of(
                                    ScopeKind.RESTAURANT.code(),
                                    slot.restaurantId().toString()),
                            k -> new ArrayList<>())
                    .add(minute);
            if (slot.city() != null) {
                minutes.computeIfAbsent(List.of(ScopeKind.CITY.code(), slot.city()), k -> new ArrayList<>())
                        .add(minute);
            }
            minutes.computeIfAbsent(List.of(ScopeKind.ALL.code(), ""), k -> new ArrayList<>())
                    .add(minute);
        }
        var kinds = new ArrayList<String>();
        var keys = new ArrayList<String>();
        var froms = new ArrayList<String>();
        var tos = new ArrayList<String>();
        minutes.forEach((scope, spans) -> Touched.merge(spans).forEach(span -> {
            kinds.add(scope.get(0));
            keys.add(scope.get(1));
            froms.add(span.from().toString());
            tos.add(span.to().toString());
        }));
        // ISO-8601 text with its offset, cast in SQL, so no time zone can shift an instant
        var arrays = new Object[] {
            kinds.toArray(String[]::new),
            keys.toArray(String[]::new),
            froms.toArray(String[]::new),
            tos.toArray(String[]::new)
        };
        jdbc.update(
                "delete from order_rollup r using " + regrain.spans() + " where r.grain = 'm' and "
                        + regrain.keyMatch("s") + " and r.bucket >= s.from_at and r.bucket < s.to_at",
                arrays);
        jdbc.update(
                "insert into order_rollup (grain, scope_kind, scope_key, bucket, currency, " + String.join(", ", SUMMED)
                        + ", delivery_histogram) select 'm', s.k0, s.k1, date_trunc('minute', bucket_at, 'UTC'),"
                        + " currency,\n" + MINUTE_FIGURES + "\nfrom " + regrain.spans() + " join order_fact f"
                        + " on f.bucket_at >= s.from_at and f.bucket_at < s.to_at and f.restaurant_id is not null"
                        + " and f.currency is not null and (s.k0 = 'all' or (s.k0 = 'city' and f.city = s.k1)"
                        + " or (s.k0 = 'restaurant' and f.restaurant_id::text = s.k1))"
                        + " group by s.k0, s.k1, date_trunc('minute', bucket_at, 'UTC'), currency",
                arrays);
        regrain.rebuild(arrays);
    }
}
