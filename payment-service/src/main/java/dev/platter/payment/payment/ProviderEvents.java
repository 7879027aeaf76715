package dev.platter.payment.payment;

import java.sql.Timestamp;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The provider events handled, each recorded once, in the transaction of its effect. */
@Component
class ProviderEvents {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ProviderEvents(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean seen(String eventId) {
        var count =
                jdbc.queryForObject("select count(*) from provider_events where event_id = ?", Integer.class, eventId);
        return count != null && count > 0;
    }

    /** Records the event; false if it was recorded before (a repeated delivery). */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean record(String eventId, String type, @Nullable String objectId, String outcome) {
        return jdbc.update(
                        """
                        insert into provider_events (event_id, type, object_id, outcome, received_at)
                        values (?, ?, ?, ?, ?) on conflict (event_id) do nothing""",
                        eventId,
                        type,
                        objectId,
                        outcome,
                        Timestamp.from(clock.instant()))
                == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void outcome(String eventId, String outcome) {
        jdbc.update("update provider_events set outcome = ? where event_id = ?", outcome, eventId);
    }
}
