package dev.platter.platform.web.probe;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the probe consumer did, for assertions. */
public final class ProbeEffects {

    private ProbeEffects() {}

    public static int effectsOf(JdbcTemplate jdbc, UUID eventId) {
        return jdbc.queryForObject("select count(*) from probe_effect where event_id = ?", Integer.class, eventId);
    }

    public static int attempts(String reason) {
        return ProbeListener.ATTEMPTS.getOrDefault(reason, new AtomicInteger()).get();
    }
}
