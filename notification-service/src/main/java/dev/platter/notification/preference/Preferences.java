package dev.platter.notification.preference;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored channel preferences; a user without a row gets every channel. */
@Repository
public class Preferences {

    private final JdbcClient jdbc;
    private final Clock clock;

    Preferences(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public ChannelPreferences of(UUID userId) {
        return jdbc.sql("select email, push, sms, in_app from preference where user_id = ?")
                .param(userId)
                .query((rs, row) -> new ChannelPreferences(
                        rs.getBoolean("email"), rs.getBoolean("push"), rs.getBoolean("sms"), rs.getBoolean("in_app")))
                .optional()
                .orElse(ChannelPreferences.ALL);
    }

    void save(UUID userId, ChannelPreferences preferences) {
        if (!preferences.leavesAChannel()) {
            throw new NoChannelLeft();
        }
        jdbc.sql(
                        """
                        insert into preference (user_id, email, push, sms, in_app, updated_at) values (?, ?, ?, ?, ?, ?)
                        on conflict (user_id) do update set email = excluded.email, push = excluded.push,
                            sms = excluded.sms, in_app = excluded.in_app, updated_at = excluded.updated_at
                        """)
                .params(
                        userId,
                        preferences.email(),
                        preferences.push(),
                        preferences.sms(),
                        preferences.inApp(),
                        Timestamp.from(clock.instant()))
                .update();
    }
}
