package dev.platter.notification.dispatch;

import dev.platter.notification.config.Json;
import dev.platter.notification.rule.Channel;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/**
 * The notification log: one row per event, recipient and channel. The unique key makes a repeated event (a
 * redelivery, a second instance) add nothing; each row ends SENT, SKIPPED or FAILED with its outcome and attempts.
 */
@Repository
public class NotificationLog {

    private static final TypeReference<Map<String, String>> VARS = new TypeReference<>() {};

    /** The states of a log row. */
    public enum Status {
        /** Waiting for a sender (first attempt or a retry). */
        PENDING,
        /** Handed to the provider (or put in the inbox). */
        SENT,
        /** Not sent on purpose: preference, disabled channel, cap, no address. */
        SKIPPED,
        /** Given up after the last attempt, or a permanent failure. */
        FAILED
    }

    /** A row a sender takes. */
    record Due(
            UUID id,
            String eventType,
            UUID recipientId,
            Channel channel,
            String template,
            Map<String, String> vars,
            int attempts) {}

    /** A row as the admin view shows it. */
    public record Entry(
            UUID id,
            UUID eventId,
            String eventType,
            UUID recipientId,
            Channel channel,
            String template,
            Status status,
            int attempts,
            @Nullable String outcome,
            @Nullable String providerRef,
            Instant createdAt,
            @Nullable Instant finishedAt) {}

    private final JdbcClient jdbc;

    NotificationLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a notification unless this event already notified this recipient on this channel. */
    boolean insert(
            UUID id,
            UUID eventId,
            String eventType,
            UUID recipientId,
            Channel channel,
            String template,
            Map<String, String> vars,
            Status status,
            @Nullable String outcome,
            Instant now) {
        boolean finished = status != Status.PENDING;
        return jdbc.sql(
                                """
                        insert into notification (id, event_id, event_type, recipient_id, channel, template, vars, status,
                            outcome, next_attempt_at, created_at, finished_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (event_id, recipient_id, channel) do nothing
                        """)
                        .params(
                                id,
                                eventId,
                                eventType,
                                recipientId,
                                channel.name(),
                                template,
                                Json.MAPPER.writeValueAsString(vars),
                                status.name(),
                                outcome,
                                finished ? null : Timestamp.from(now),
                                Timestamp.from(now),
                                finished ? Timestamp.from(now) : null)
                        .update()
                == 1;
    }

    /** Due rows, locked for this transaction; rows another instance holds are skipped. */
    List<Due> lockDue(Instant now, int limit) {
        return jdbc.sql(
                        """
                        select id, event_type, recipient_id, channel, template, vars, attempts from notification
                        where status = 'PENDING' and next_attempt_at <= ?
                        order by next_attempt_at limit ? for update skip locked
                        """)
                .params(Timestamp.from(now), limit)
                .query((rs, row) -> new Due(
                        rs.getObject("id", UUID.class),
                        rs.getString("event_type"),
                        rs.getObject("recipient_id", UUID.class),
                        Channel.valueOf(rs.getString("channel")),
                        rs.getString("template"),
                        Json.MAPPER.readValue(rs.getString("vars"), VARS),
                        rs.getInt("attempts")))
                .list();
    }

    void finish(UUID id, Status status, int attempts, @Nullable String outcome, @Nullable String ref, Instant now) {
        jdbc.sql(
                        """
                        update notification set status = ?, attempts = ?, outcome = ?, provider_ref = ?,
                            next_attempt_at = null, finished_at = ? where id = ?
                        """)
                .params(status.name(), attempts, outcome, ref, Timestamp.from(now), id)
                .update();
    }

    void retryAt(UUID id, int attempts, String error, Instant next) {
        jdbc.sql("update notification set attempts = ?, outcome = ?, next_attempt_at = ? where id = ?")
                .params(attempts, error, Timestamp.from(next), id)
                .update();
    }

    public List<Entry> forRecipient(UUID recipientId, int page, int size) {
        return jdbc.sql(
                        """
                        select * from notification where recipient_id = ?
                        order by created_at desc, id limit ? offset ?
                        """)
                .params(recipientId, size, (long) page * size)
                .query((rs, row) -> new Entry(
                        rs.getObject("id", UUID.class),
                        rs.getObject("event_id", UUID.class),
                        rs.getString("event_type"),
                        rs.getObject("recipient_id", UUID.class),
                        Channel.valueOf(rs.getString("channel")),
                        rs.getString("template"),
                        Status.valueOf(rs.getString("status")),
                        rs.getInt("attempts"),
                        rs.getString("outcome"),
                        rs.getString("provider_ref"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("finished_at") == null
                                ? null
                                : rs.getTimestamp("finished_at").toInstant()))
                .list();
    }

    public long countForRecipient(UUID recipientId) {
        return jdbc.sql("select count(*) from notification where recipient_id = ?")
                .param(recipientId)
                .query(Long.class)
                .single();
    }
}
