package dev.platter.platform.web.probe;

import dev.platter.platform.web.deadline.DeadlineHandler;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A deadline kind the way services write them: the effect goes to the database in the deadline's transaction. A
 * subject starting with {@code FAIL} fails until it was attempted {@code FAIL-<n>} times.
 */
@Component
public class ProbeDeadlines implements DeadlineHandler {

    public static final String KIND = "probe-expiry";

    /** Calls per subject, including failed ones. */
    public static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();

    /** Subjects whose handler blocks until released, to hold a claimed deadline open. */
    public static final Set<String> SLOW = ConcurrentHashMap.newKeySet();

    private final JdbcTemplate jdbc;

    public ProbeDeadlines(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void onDeadline(String subject) {
        int call = CALLS.computeIfAbsent(subject, key -> new AtomicInteger()).incrementAndGet();
        jdbc.update("insert into probe_effect (event_id, consumer) values (gen_random_uuid(), ?)", subject);
        if (subject.startsWith("FAIL-") && call < Integer.parseInt(subject.split("-")[1])) {
            throw new IllegalStateException("probe deadline " + subject + " fails on call " + call);
        }
    }
}
