package dev.platter.platform.web.deadline;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sets and clears deadlines. Call it inside the transaction of the change that makes the deadline matter (opening a
 * ticket sets its acceptance deadline), so the deadline exists exactly when the change does. One deadline per kind
 * and subject: setting it again moves it.
 */
public class Deadlines {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public Deadlines(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Sets (or moves) the deadline of {@code kind} for {@code subject} to {@code dueAt}. */
    public void schedule(String kind, String subject, Instant dueAt) {
        requireTransaction();
        jdbc.update(
                """
                insert into platform_deadline (kind, subject, due_at, created_at) values (?, ?, ?, ?)
                on conflict (kind, subject) do update set due_at = excluded.due_at, attempts = 0, last_error = null
                """,
                kind,
                subject,
                Timestamp.from(dueAt),
                Timestamp.from(clock.instant()));
    }

    /** Clears the deadline, if set; returns whether there was one. */
    public boolean cancel(String kind, String subject) {
        requireTransaction();
        return jdbc.update("delete from platform_deadline where kind = ? and subject = ?", kind, subject) == 1;
    }

    /** When the deadline is due, if set. */
    public Optional<Instant> dueAt(String kind, String subject) {
        return jdbc
                .query(
                        "select due_at from platform_deadline where kind = ? and subject = ?",
                        (row, n) -> row.getTimestamp(1).toInstant(),
                        kind,
                        subject)
                .stream()
                .findFirst();
    }

    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A deadline is set in the transaction of the change it belongs to");
        }
    }
}
