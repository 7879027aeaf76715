package dev.platter.platform.web.idempotency;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Idempotency records in the service's own Postgres. Claiming a key is a single insert, so two concurrent requests
 * with the same key can never both run; each statement commits on its own, outside the business transaction.
 */
class IdempotencyStore {

    private static final TypeReference<Map<String, List<String>>> HEADERS = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final JsonMapper json;

    IdempotencyStore(JdbcTemplate jdbc, Clock clock, JsonMapper json) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = json;
    }

    /** Claims the key for this request; true if this request is the one to run. */
    boolean claim(String scope, String key, String requestHash, Duration lock) {
        var now = clock.instant();
        return jdbc.update(
                        """
                        insert into platform_idempotency (scope, idempotency_key, request_hash, status, created_at, locked_until)
                        values (?, ?, ?, 'IN_PROGRESS', ?, ?) on conflict do nothing""",
                        scope,
                        key,
                        requestHash,
                        Timestamp.from(now),
                        Timestamp.from(now.plus(lock)))
                == 1;
    }

    /** Takes over a key whose execution died without finishing (its lock expired). */
    boolean takeOver(String scope, String key, String requestHash, Duration lock) {
        var now = clock.instant();
        return jdbc.update(
                        """
                        update platform_idempotency set locked_until = ?
                        where scope = ? and idempotency_key = ? and request_hash = ?
                          and status = 'IN_PROGRESS' and locked_until < ?""",
                        Timestamp.from(now.plus(lock)),
                        scope,
                        key,
                        requestHash,
                        Timestamp.from(now))
                == 1;
    }

    Optional<Entry> find(String scope, String key) {
        return jdbc
                .query(
                        """
                        select request_hash, status, locked_until, response_status, response_headers, response_body
                        from platform_idempotency where scope = ? and idempotency_key = ?""",
                        (rs, row) -> new Entry(
                                rs.getString("request_hash"),
                                "COMPLETED".equals(rs.getString("status")),
                                rs.getTimestamp("locked_until").toInstant().isBefore(clock.instant()),
                                rs.getInt("response_status"),
                                rs.getString("response_headers") == null
                                        ? Map.of()
                                        : json.readValue(rs.getString("response_headers"), HEADERS),
                                rs.getBytes("response_body")),
                        scope,
                        key)
                .stream()
                .findFirst();
    }

    void complete(String scope, String key, int status, Map<String, List<String>> headers, byte[] body) {
        jdbc.update(
                """
                update platform_idempotency
                set status = 'COMPLETED', response_status = ?, response_headers = ?, response_body = ?, completed_at = ?
                where scope = ? and idempotency_key = ?""",
                status,
                json.writeValueAsString(headers),
                body,
                Timestamp.from(clock.instant()),
                scope,
                key);
    }

    /** Forgets a claim whose execution failed, so the client may retry with the same key. */
    void release(String scope, String key) {
        jdbc.update(
                "delete from platform_idempotency where scope = ? and idempotency_key = ? and status = 'IN_PROGRESS'",
                scope,
                key);
    }

    int purgeOlderThan(Duration retention) {
        return jdbc.update(
                "delete from platform_idempotency where created_at < ?",
                Timestamp.from(clock.instant().minus(retention)));
    }

    record Entry(
            String requestHash,
            boolean completed,
            boolean lockExpired,
            int status,
            Map<String, List<String>> headers,
            byte[] body) {}
}
