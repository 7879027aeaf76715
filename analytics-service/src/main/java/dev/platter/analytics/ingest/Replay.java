package dev.platter.analytics.ingest;

import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds everything from the topics' beginning: under the writers' lock the derived tables and this consumer's
 * inbox are emptied, then the consumer is rewound. Records already fetched before the rewind may be applied once more
 * in between; they come again from the beginning and the inbox skips them, so the end state is every event applied
 * once, which the facts make independent of order.
 */
@Service
public class Replay {

    /** What a replay reset. */
    public record Started(Instant at, long ordersCleared, long eventsForgotten) {}

    /** How far the derived state is: events applied since it was last reset, and what they built. */
    public record Status(long eventsApplied, long orders, long riders, long restaurants) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Ingestion ingestion;
    private final AnalyticsEventsListener listener;
    private final Clock clock;

    Replay(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            Ingestion ingestion,
            AnalyticsEventsListener listener,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.ingestion = ingestion;
        this.listener = listener;
        this.clock = clock;
    }

    public Started start() {
        var started = transactions.execute(status -> {
            ingestion.lockWriters();
            long orders = count("select count(*) from order_fact");
            int forgotten = jdbc.update("delete from platform_inbox where consumer = ?", Ingestion.CONSUMER);
            jdbc.execute("truncate order_fact, order_rollup, rider_rollup, rider_status_event, rider_shift,"
                    + " restaurant_replica");
            return new Started(clock.instant(), orders, forgotten);
        });
        listener.rewind();
        return started;
    }

    public Status status() {
        return new Status(
                count("select count(*) from platform_inbox where consumer = '" + Ingestion.CONSUMER + "'"),
                count("select count(*) from order_fact"),
                count("select count(distinct rider_id) from rider_status_event"),
                count("select count(*) from restaurant_replica"));
    }

    private long count(String sql) {
        Long value = jdbc.queryForObject(sql, Long.class);
        return value == null ? 0 : value;
    }
}
