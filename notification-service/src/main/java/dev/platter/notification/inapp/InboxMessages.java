package dev.platter.notification.inapp;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each user's in-app notifications, newest first, read or unread. */
@Repository
public class InboxMessages {

    /** One notification in a user's inbox. */
    public record Message(
            UUID id,
            String eventType,
            String title,
            String body,
            @Nullable UUID orderId,
            Instant createdAt,
            @Nullable Instant readAt) {}

    private final JdbcClient jdbc;

    InboxMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(
            UUID id,
            UUID recipientId,
            UUID eventId,
            String eventType,
            String title,
            String body,
            @Nullable UUID orderId,
            Instant now) {
        jdbc.sql(
                        """
                        insert into inbox_message (id, recipient_id, event_id, event_type, title, body, order_id, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (event_id, recipient_id) do nothing
                        """)
                .params(id, recipientId, eventId, eventType, title, body, orderId, Timestamp.from(now))
                .update();
    }

    List<Message> page(UUID recipientId, boolean unreadOnly, int page, int size) {
        return jdbc.sql(
                        """
                        select id, event_type, title, body, order_id, created_at, read_at from inbox_message
                        where recipient_id = ? and (not ? or read_at is null)
                        order by created_at desc, id limit ? offset ?
                        """)
                .params(recipientId, unreadOnly, size, (long) page * size)
                .query((rs, row) -> new Message(
                        rs.getObject("id", UUID.class),
                        rs.getString("event_type"),
                        rs.getString("title"),
                        rs.getString("body"),
                        rs.getObject("order_id", UUID.class),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") == null
                                ? null
                                : rs.getTimestamp("read_at").toInstant()))
                .list();
    }

    long count(UUID recipientId, boolean unreadOnly) {
        return jdbc.sql("select count(*) from inbox_message where recipient_id = ? and (not ? or read_at is null)")
                .params(recipientId, unreadOnly)
                .query(Long.class)
                .single();
    }

    /** Marks one of the user's messages read; false when the user has no such message. */
    boolean markRead(UUID recipientId, UUID messageId, Instant now) {
        return jdbc.sql(
                                """
                        update inbox_message set read_at = coalesce(read_at, ?) where id = ? and recipient_id = ?
                        """)
                        .params(Timestamp.from(now), messageId, recipientId)
                        .update()
                == 1;
    }

    int markAllRead(UUID recipientId, Instant now) {
        return jdbc.sql("update inbox_message set read_at = ? where recipient_id = ? and read_at is null")
                .params(Timestamp.from(now), recipientId)
                .update();
    }
}
