package dev.platter.platform.web.probe;

import dev.platter.platform.events.user.UserEvent;
import dev.platter.platform.web.inbox.Inbox;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A consumer the way services write them: transactional, de-duplicated through the inbox. */
@Component
class ProbeListener {

    static final String CONSUMER = "probe-listener";

    /** Delivery attempts per event reason, including retries. */
    static final Map<String, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();

    private final Inbox inbox;
    private final JdbcTemplate jdbc;

    ProbeListener(Inbox inbox, JdbcTemplate jdbc) {
        this.inbox = inbox;
        this.jdbc = jdbc;
    }

    @KafkaListener(topics = "${platter.kafka.topics.users}")
    @Transactional
    void on(UserEvent event) {
        var reason = event instanceof dev.platter.platform.events.user.UserSuspended suspended
                ? suspended.reason()
                : event.getClass().getSimpleName();
        ATTEMPTS.computeIfAbsent(reason, key -> new AtomicInteger()).incrementAndGet();
        inbox.handleOnce(CONSUMER, event, () -> {
            jdbc.update("insert into probe_effect (event_id, consumer) values (?, ?)", event.eventId(), CONSUMER);
            if (reason.startsWith("POISON")) {
                throw new IllegalStateException("cannot handle " + reason);
            }
        });
    }
}
