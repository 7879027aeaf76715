package dev.platter.analytics.ingest;

import dev.platter.analytics.rollup.Span;
import dev.platter.analytics.rollup.Touched;
import dev.platter.platform.events.delivery.RiderEvent;
import dev.platter.platform.events.delivery.RiderWentOnline;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A rider's shifts, derived from their on- and offline events in version order (so arrival order does not matter):
 * a shift starts when an offline rider goes online and ends when they go offline; a repeated online or offline
 * changes nothing, and a shift still open counts once it ends. The time of the shifts that changed is noted for
 * recomputing.
 */
@Component
class RiderShifts {

    /** One shift, from going online to going offline. */
    record Shift(Instant startedAt, Instant endedAt) {}

    /** One on- or offline event, as kept. */
    record StatusChange(long version, Instant at, boolean online) {}

    private final JdbcTemplate jdbc;

    RiderShifts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the event, derives the rider's shifts again, and notes the time of those that changed. */
    void on(RiderEvent event, Touched touched) {
        jdbc.update(
                "insert into rider_status_event (rider_id, event_id, version, occurred_at, online) values (?, ?, ?, ?, ?)"
                        + " on conflict do nothing",
                event.riderId(),
                event.eventId(),
                event.version(),
                Timestamp.from(event.occurredAt()),
                event instanceof RiderWentOnline);
        var changes = jdbc.query(
                "select version, occurred_at, online from rider_status_event where rider_id = ?"
                        + " order by version, occurred_at, event_id",
                (rs, i) -> new StatusChange(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getBoolean(3)),
                event.riderId());
        var before = new LinkedHashSet<>(jdbc.query(
                "select started_at, ended_at from rider_shift where rider_id = ?",
                (rs, i) -> new Shift(
                        rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()),
                event.riderId()));
        var after = new LinkedHashSet<>(shifts(changes));
        var changed = new ArrayList<Span>();
        for (var shift : before) {
            if (!after.contains(shift)) {
                changed.add(new Span(shift.startedAt(), shift.endedAt()));
                jdbc.update(
                        "delete from rider_shift where rider_id = ? and started_at = ?",
                        event.riderId(),
                        Timestamp.from(shift.startedAt()));
            }
        }
        for (var shift : after) {
            if (!before.contains(shift)) {
                changed.add(new Span(shift.startedAt(), shift.endedAt()));
                jdbc.update(
                        "insert into rider_shift (rider_id, started_at, ended_at) values (?, ?, ?)",
                        event.riderId(),
                        Timestamp.from(shift.startedAt()),
                        Timestamp.from(shift.endedAt()));
            }
        }
        touched.riderSpans(event.riderId(), changed);
    }

    /** The closed shifts of a rider's status changes, in version order. */
    static List<Shift> shifts(List<StatusChange> changes) {
        var shifts = new ArrayList<Shift>();
        Instant online = null;
        for (var change : changes) {
            if (change.online() && online == null) {
                online = change.at();
            } else if (!change.online() && online != null) {
                if (!change.at().isBefore(online)) {
                    shifts.add(new Shift(online, change.at()));
                }
                online = null;
            }
        }
        return shifts;
    }
}
