package dev.platter.analytics.rollup;

import java.sql.Timestamp;
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
 * shifts and facts over the spans that changed.
 */
@Component
public class RiderRollups {

    /** The rider id of the rows that sum up every rider. */
    public static final UUID ALL_RIDERS = new UUID(0, 0);

    static final List<String> SUMMED = List.of("online_ms", "busy_ms", "deliveries", "delivery_ms", "with_eta", "late");

    private static final String MINUTE = "interval '1 minute'";

    private static final String RECOMPUTE_MINUTES =
            """
            insert into rider_rollup (grain, rider_id, bucket, online_ms, busy_ms, deliveries, delivery_ms, with_eta, late)
            select 'm', ?::uuid, m.bucket, o.online, b.busy, d.deliveries, d.delivery_ms, d.with_eta, d.late
            from generate_series(?::timestamptz, ?::timestamptz - %1$s, %1$s) as m(bucket)
            cross join lateral (
                select coalesce(sum(ms(least(s.ended_at, m.bucket + %1$s) - greatest(s.started_at, m.bucket))), 0) online
                from rider_shift s
                where s.rider_id = ?::uuid and s.ended_at > m.bucket and s.started_at < m.bucket + %1$s) o
            cross join lateral (
                select coalesce(sum(ms(least(f.busy_until, m.bucket + %1$s) - greatest(f.rider_assigned_at, m.bucket))), 0) busy
                from order_fact f
                where f.rider_id = ?::uuid and f.busy_until > m.bucket and f.rider_assigned_at < m.bucket + %1$s) b
            cross join lateral (
                select count(*) deliveries,
                       coalesce(sum(ms(f.delivered_at - f.placed_at)), 0) delivery_ms,
                       count(*) filter (where coalesce(f.assigned_eta, f.pickup_eta) is not null) with_eta,
                       count(*) filter (where f.delivered_at > coalesce(f.assigned_eta, f.pickup_eta)) late
                from order_fact f
                where f.rider_id = ?::uuid and f.bucket_at >= m.bucket and f.bucket_at < m.bucket + %1$s
                  and f.placed_at is not null and f.delivered_at is not null) d
            where o.online > 0 or b.busy > 0 or d.deliveries > 0
            """
                    .formatted(MINUTE);

    private final JdbcTemplate jdbc;
    private final Regrain regrain;

    RiderRollups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.regrain = new Regrain(jdbc, "rider_rollup", List.of("rider_id"), SUMMED, List.of());
    }

    /** Recomputes each rider's buckets over their spans, then the all-riders buckets over all of them. */
    void refresh(Map<UUID, List<Span>> spansByRider) {
        var everyone = new ArrayList<Span>();
        spansByRider.forEach((riderId, spans) -> {
            for (var span : spans) {
                var from = Timestamp.from(span.from());
                var to = Timestamp.from(span.to());
                jdbc.update(
                        "delete from rider_rollup where grain = 'm' and rider_id = ? and bucket >= ? and bucket < ?",
                        riderId,
                        from,
                        to);
                jdbc.update(RECOMPUTE_MINUTES, riderId, from, to, riderId, riderId, riderId);
                regrain.rebuild(Grain.HOUR, span, riderId);
                regrain.rebuild(Grain.DAY, span, riderId);
                everyone.add(span);
            }
        });
        for (var span : Touched.merge(everyone)) {
            var from = Timestamp.from(span.from());
            var to = Timestamp.from(span.to());
            jdbc.update(
                    "delete from rider_rollup where grain = 'm' and rider_id = ? and bucket >= ? and bucket < ?",
                    ALL_RIDERS,
                    from,
                    to);
            jdbc.update(
                    "insert into rider_rollup (grain, rider_id, bucket, " + String.join(", ", SUMMED)
                            + ") select 'm', ?, bucket, "
                            + String.join(
                                    ", ",
                                    SUMMED.stream().map(c -> "sum(" + c + ")").toList())
                            + " from rider_rollup where grain = 'm' and rider_id <> ? and bucket >= ? and bucket < ?"
                            + " group by bucket",
                    ALL_RIDERS,
                    ALL_RIDERS,
                    from,
                    to);
            regrain.rebuild(Grain.HOUR, span, ALL_RIDERS);
            regrain.rebuild(Grain.DAY, span, ALL_RIDERS);
        }
    }
}
