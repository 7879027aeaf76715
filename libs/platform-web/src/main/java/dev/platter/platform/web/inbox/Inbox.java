package dev.platter.platform.web.inbox;

import dev.platter.platform.events.PlatterEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes an at-least-once consumer effectively once: the event id is recorded, per consumer, in the same database
 * transaction as the consumer's effect. A redelivered event finds its id already there and is skipped (and counted);
 * a failed effect rolls the record back with it, so the retry runs again.
 */
public class Inbox {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final MeterRegistry meters;

    public Inbox(JdbcTemplate jdbc, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * Runs {@code effect} unless this consumer already handled the event. Must be called inside the transaction that
     * holds the effect (a {@code @Transactional} listener).
     *
     * @return whether the effect ran
     */
    public boolean handleOnce(String consumer, PlatterEvent event, Runnable effect) {
        if (!firstDelivery(consumer, event.eventId())) {
            log.info(
                    "Skipping {} {} already handled by {}",
                    event.getClass().getSimpleName(),
                    event.eventId(),
                    consumer);
            return false;
        }
        effect.run();
        return true;
    }

    /** Records the event id for this consumer; false when it was recorded before. */
    public boolean firstDelivery(String consumer, UUID eventId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("The inbox must share the transaction of the consumer's effect");
        }
        int inserted = jdbc.update(
                "insert into platform_inbox (consumer, event_id, handled_at) values (?, ?, ?) on conflict do nothing",
                consumer,
                eventId,
                Timestamp.from(clock.instant()));
        if (inserted == 0) {
            duplicates(consumer).increment();
        }
        return inserted == 1;
    }

    private Counter duplicates(String consumer) {
        return Counter.builder("platter.inbox.duplicates")
                .description("Events delivered again and skipped")
                .tag("consumer", consumer)
                .register(meters);
    }
}
