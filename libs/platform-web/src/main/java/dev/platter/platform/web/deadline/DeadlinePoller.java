package dev.platter.platform.web.deadline;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fires due deadlines. Each one is claimed with {@code FOR UPDATE SKIP LOCKED}, handled and deleted in one
 * transaction, so with any number of instances polling, a deadline fires once; a crash before commit leaves it for
 * the next poll. A handler that fails is retried later with back-off; a kind nobody handles waits (and is logged).
 */
public class DeadlinePoller {

    private static final Logger log = LoggerFactory.getLogger(DeadlinePoller.class);
    private static final Duration MAX_RETRY_DELAY = Duration.ofHours(1);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Map<String, DeadlineHandler> handlers;
    private final DeadlineProperties properties;
    private final MeterRegistry meters;

    public DeadlinePoller(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            Clock clock,
            List<DeadlineHandler> handlers,
            DeadlineProperties properties,
            MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.handlers = handlers.stream().collect(Collectors.toMap(DeadlineHandler::kind, Function.identity()));
        this.properties = properties;
        this.meters = meters;
    }

    @Scheduled(
            fixedDelayString = "${platter.deadlines.poll-interval}",
            initialDelayString = "${platter.deadlines.poll-interval}")
    public void poll() {
        if (handlers.isEmpty()) {
            return;
        }
        for (int handled = 0; handled < properties.batchSize(); handled++) {
            if (!fireNext()) {
                return;
            }
        }
    }

    /** Claims and fires one due deadline; false when none is due. */
    boolean fireNext() {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                var due = jdbc.query(
                        """
                        select kind, subject, attempts from platform_deadline
                        where due_at <= ? and kind = any (?)
                        order by due_at limit 1 for update skip locked
                        """,
                        (row, n) -> new Due(row.getString(1), row.getString(2), row.getInt(3)),
                        Timestamp.from(clock.instant()),
                        handlers.keySet().toArray(String[]::new));
                if (due.isEmpty()) {
                    return false;
                }
                var deadline = due.get(0);
                try {
                    handlers.get(deadline.kind()).onDeadline(deadline.subject());
                } catch (RuntimeException e) {
                    throw new HandlerFailed(deadline, e);
                }
                jdbc.update(
                        "delete from platform_deadline where kind = ? and subject = ?",
                        deadline.kind(),
                        deadline.subject());
                counter(deadline.kind(), "fired").increment();
                return true;
            }));
        } catch (HandlerFailed failed) {
            // the handler's effect rolled back with the claim; the deadline fires again after a back-off
            var deadline = failed.deadline;
            log.warn(
                    "Deadline {} of {} failed (attempt {})",
                    deadline.kind(),
                    deadline.subject(),
                    deadline.attempts() + 1,
                    failed.getCause());
            transactions.executeWithoutResult(
                    status -> postpone(deadline.kind(), deadline.subject(), deadline.attempts(), failed.getCause()));
            counter(deadline.kind(), "failed").increment();
            return true;
        }
    }

    private record Due(String kind, String subject, int attempts) {}

    /** Carries a handler's failure out of the transaction, so it rolls back and the deadline is postponed apart. */
    private static final class HandlerFailed extends RuntimeException {

        private final Due deadline;

        HandlerFailed(Due deadline, RuntimeException cause) {
            super(cause);
            this.deadline = deadline;
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    private void postpone(String kind, String subject, int attempts, Throwable failure) {
        var delay = properties.retryDelay().multipliedBy(1L << Math.min(attempts, 20));
        if (delay.compareTo(MAX_RETRY_DELAY) > 0) {
            delay = MAX_RETRY_DELAY;
        }
        var message = String.valueOf(failure.getMessage());
        jdbc.update(
                "update platform_deadline set due_at = ?, attempts = attempts + 1, last_error = ? where kind = ? and subject = ?",
                Timestamp.from(clock.instant().plus(delay)),
                message.substring(0, Math.min(message.length(), 1000)),
                kind,
                subject);
    }

    private Counter counter(String kind, String outcome) {
        return Counter.builder("platter.deadlines")
                .description("Deadlines handled, by kind and outcome")
                .tag("kind", kind)
                .tag("outcome", outcome)
                .register(meters);
    }
}
