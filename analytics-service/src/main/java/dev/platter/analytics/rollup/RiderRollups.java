package dev.platter.analytics.rollup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rider figures per minute, hour and day, for each rider and for all riders together: time online (from closed
 * shifts) and time busy with an order (assignment until the delivery completed or was cancelled), each split over
 * the minutes it overlaps, and the deliveries that count in a minute (by their order's bucket time). Recomputed from
 * shifts and facts over the spans that changed, for every rider of a batch in a few set-based statements.
 */
@Component
public class RiderRollups {

    /** The rider id of the rows that sum up every rider. */
    public static final UUID ALL_RIDERS = new UUID(0, 0);

    static final List<String> SUMMED = List.of("online_ms", "busy_ms", "deliveries", "delivery_ms", "with_eta", "late");

    private static final String COLUMNS = String.join(", ", SUMMED);
    private static final String SUMS =
            String.join(", ", SUMMED.stream().map(c -> "sum(r." + c + ")").toList());
    private static final String MINUTE = "interval '1 minute'";

    /** The spans of the batch: parallel arrays of rider, start, end (whole minutes, no overlap per rider). */
    private static final String SPANS =
            "unnest(?::uuid[], ?::timestamptz[], ?::timestamptz[]) as s(k0, from_at, to_at)";

    private static final String RECOMPUTE_MINUTES =
            """
            insert into rider_rollup (grain, rider_id, bucket, online_ms, busy_ms, deliveries, delivery_ms, with_eta, late)
            select 'm', s.k0, m.bucket, o.online, b.busy, d.deliveries, d.delivery_ms, d.with_eta, d.late
            from %2$s
            cross join lateral generate_series(s.from_at, s.to_at - %1$s, %1$s) as m(bucket)
            cross join lateral (
                select coalesce(sum(ms(least(x.ended_at, m.bucket + %1$s) - greatest(x.started_at, m.bucket))), 0) online
                from rider_shift x
                where x.rider_id = s.k0 and x.ended_at > m.bucket and x.started_at < m.bucket + %1$s) o
            cross join lateral (
                select coalesce(sum(ms(least(f.busy_until, m.bucket + %1$s) - greatest(f.rider_assigned_at, m.bucket))), 0) busy
                from order_fact f
                where f.rider_id = s.k0 and f.busy_until > m.bucket and f.rider_assigned_at < m.bucket + %1$s) b
            cross join lateral (
                select count(*) deliveries,
                       coalesce(sum(ms(f.delivered_at - f.placed_at)), 0) delivery_ms,
                       count(*) filter (where coalesce(f.assigned_eta, f.pickup_eta) is not null) with_eta,
                       count(*) filter (where f.delivered_at > coalesce(f.assigned_eta, f.pickup_eta)) late
                from order_fact f
                where f.rider_id = s.k0 and f.bucket_at >= m.bucket and f.bucket_at < m.bucket + %1$s
                  and f.placed_at is not null and f.delivered_at is not null) d
            where o.online > 0 or b.busy > 0 or d.deliveries > 0
            """
                    .formatted(MINUTE, SPANS);

    private final JdbcTemplate jdbc;
    private final Regrain regrain;

    RiderRollups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.regrain =
                new Regrain(jdbc, "rider_rollup", List.of("rider_id"), List.of("uuid"), List.of(), SUMMED, List.of());
    }

    /** Recomputes each rider's buckets over their spans, then the all-riders buckets over all of them. */
    void refresh(Map<UUID, List<Span>> spansByRider) {
        if (spansByRider.isEmpty()) {
            return;
        }
        var riders = new ArrayList<UUID>();
        var spans = new ArrayList<Span>();
        spansByRider.forEach((rider, own) -> own.forEach(span -> {
            riders.add(rider);
            spans.add(span);
        }));
        var batch = arguments(riders, spans);
        jdbc.update(
                "delete from rider_rollup r using " + SPANS
                        + " where r.grain = 'm' and r.rider_id = s.k0 and r.bucket >= s.from_at and r.bucket < s.to_at",
                batch);
        jdbc.update(RECOMPUTE_MINUTES, batch);
        regrain.rebuild(batch);

        var everyone = Touched.merge(spans);
        var all = arguments(everyone.stream().map(span -> ALL_RIDERS).toList(), everyone);
        jdbc.update(
                "delete from rider_rollup r using " + SPANS
                        + " where r.grain = 'm' and r.rider_id = s.k0 and r.bucket >= s.from_at and r.bucket < s.to_at",
                all);
        jdbc.update(
                "insert into rider_rollup (grain, rider_id, bucket, " + COLUMNS + ") select 'm', s.k0, r.bucket, "
                        + SUMS + " from " + SPANS + " join rider_rollup r on r.grain = 'm' and r.rider_id <> s.k0"
                        + " and r.bucket >= s.from_at and r.bucket < s.to_at group by s.k0, r.bucket",
                all);
        regrain.rebuild(all);
    }

    /** Parallel text arrays (cast in SQL), ISO-8601 with the offset, so no time zone can shift an instant. */
    private static Object[] arguments(List<UUID> riders, List<Span> spans) {
        return new Object[] {
            riders.stream().map(UUID::toString).toArray(String[]::new),
            spans.stream().map(span -> span.from().toString()).toArray(String[]::new),
            spans.stream().map(span -> span.to().toString()).toArray(String[]::new)
        };
    }
}
