package dev.platter.notification.device;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The push tokens of each user's devices. A token belongs to one user: registering it again moves it. */
@Repository
public class DeviceTokens {

    /** A registered device. */
    public record Device(String token, String platform, Instant registeredAt) {}

    private final JdbcClient jdbc;

    DeviceTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void register(UUID userId, String token, String platform, Instant now) {
        jdbc.sql(
                        """
                        insert into device_token (token, user_id, platform, created_at) values (?, ?, ?, ?)
                        on conflict (token) do update set user_id = excluded.user_id, platform = excluded.platform,
                            created_at = excluded.created_at
                        """)
                .params(token, userId, platform, Timestamp.from(now))
                .update();
    }

    boolean remove(UUID userId, String token) {
        return jdbc.sql("delete from device_token where token = ? and user_id = ?")
                        .params(token, userId)
                        .update()
                == 1;
    }

    /** Forgets a token the push provider reports as no longer registered. */
    public void forget(String token) {
        jdbc.sql("delete from device_token where token = ?").param(token).update();
    }

    public List<Device> of(UUID userId) {
        return jdbc.sql("select token, platform, created_at from device_token where user_id = ? order by created_at")
                .param(userId)
                .query((rs, row) -> new Device(
                        rs.getString("token"),
                        rs.getString("platform"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }
}
