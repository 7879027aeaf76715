package dev.platter.notification.replica;

import dev.platter.platform.events.user.OwnerApproved;
import dev.platter.platform.events.user.RiderApproved;
import dev.platter.platform.events.user.UserEvent;
import dev.platter.platform.events.user.UserRegistered;
import dev.platter.platform.events.user.UserSuspended;
import dev.platter.platform.events.user.UserUpdated;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The contact replica: email, phone, name and locale per user, from user-service's events. Full snapshots
 * (registered, updated) replace the row unless it is already newer; approvals fill in what they carry; a suspension
 * marks the user so nothing more is sent to them.
 */
@Repository
public class Contacts {

    private final JdbcClient jdbc;
    private final Clock clock;

    Contacts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<Contact> find(UUID userId) {
        return jdbc.sql("select user_id, email, name, phone, locale, suspended from contact where user_id = ?")
                .param(userId)
                .query((rs, row) -> new Contact(
                        rs.getObject("user_id", UUID.class),
                        rs.getString("email"),
                        rs.getString("name"),
                        rs.getString("phone"),
                        rs.getString("locale"),
                        rs.getBoolean("suspended")))
                .optional();
    }

    /** Applies a user event; an event older than the replica changes nothing. */
    public void apply(UserEvent event) {
        if (event instanceof UserRegistered e) {
            replace(e.userId(), e.version(), e.email(), e.name(), e.phone(), e.locale());
        } else if (event instanceof UserUpdated e) {
            replace(e.userId(), e.version(), e.email(), e.name(), e.phone(), e.locale());
        } else if (event instanceof RiderApproved e) {
            merge(e.userId(), e.version(), null, e.name(), e.phone());
        } else if (event instanceof OwnerApproved e) {
            merge(e.userId(), e.version(), e.email(), e.name(), null);
        } else if (event instanceof UserSuspended e) {
            jdbc.sql(
                            """
                            insert into contact (user_id, suspended, version, updated_at) values (?, true, ?, ?)
                            on conflict (user_id) do update set suspended = true,
                                version = greatest(contact.version, excluded.version), updated_at = excluded.updated_at
                            """)
                    .params(e.userId(), e.version(), now())
                    .update();
        }
    }

    private void replace(
            UUID userId, long version, String email, String name, @Nullable String phone, @Nullable String locale) {
        jdbc.sql(
                        """
                        insert into contact (user_id, email, name, phone, locale, version, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (user_id) do update set email = excluded.email, name = excluded.name,
                            phone = excluded.phone, locale = excluded.locale, version = excluded.version,
                            updated_at = excluded.updated_at
                        where contact.version < excluded.version
                        """)
                .params(userId, email, name, phone, locale, version, now())
                .update();
    }

    private void merge(
            UUID userId, long version, @Nullable String email, @Nullable String name, @Nullable String phone) {
        jdbc.sql(
                        """
                        insert into contact (user_id, email, name, phone, version, updated_at) values (?, ?, ?, ?, ?, ?)
                        on conflict (user_id) do update set email = coalesce(excluded.email, contact.email),
                            name = coalesce(excluded.name, contact.name), phone = coalesce(excluded.phone, contact.phone),
                            version = excluded.version, updated_at = excluded.updated_at
                        where contact.version < excluded.version
                        """)
                .params(userId, email, name, phone, version, now())
                .update();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
