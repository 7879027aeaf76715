package dev.platter.platform.web.probe;

import dev.platter.platform.events.user.UserSuspended;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes state and its event in one transaction, as every producing service does. */
@Service
class ProbeOrders {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProbeOrders(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    UUID place(String item, boolean failAfterPublishing) {
        var id = UUID.randomUUID();
        jdbc.update("insert into probe_order (id, item) values (?, ?)", id, item);
        events.publishEvent(new UserSuspended(UUID.randomUUID(), clock.instant(), id, 1, item, null));
        if (failAfterPublishing) {
            throw new IllegalStateException("rolled back after publishing");
        }
        return id;
    }
}
