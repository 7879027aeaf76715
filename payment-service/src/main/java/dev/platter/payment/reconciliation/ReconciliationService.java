package dev.platter.payment.reconciliation;

import dev.platter.payment.payment.Reconciler;
import dev.platter.platform.web.ids.Uuids;
import dev.platter.platform.web.problem.NotFoundException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Runs reconciliation on a schedule and when an admin asks, and keeps the report of each run. */
@Service
public class ReconciliationService {

    private static final Logger log = LoggerFactory.getLogger(ReconciliationService.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Reconciler reconciler;
    private final ReconciliationProperties properties;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ReconciliationService(Reconciler reconciler, ReconciliationProperties properties, JdbcTemplate jdbc, Clock clock) {
        this.reconciler = reconciler;
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The report of one run. */
    public record Report(
            UUID runId,
            String trigger,
            Instant startedAt,
            Instant finishedAt,
            int checked,
            int unanswered,
            List<Reconciler.Change> changes) {}

    private record Stored(int unanswered, List<Reconciler.Change> changes) {}

    @Scheduled(
            fixedDelayString = "${platter.payment.reconciliation.interval}",
            initialDelayString = "${platter.payment.reconciliation.interval}")
    void scheduled() {
        var report = run("SCHEDULED", null);
        if (!report.changes().isEmpty()) {
            log.warn(
                    "Reconciliation repaired {} payment(s): {}",
                    report.changes().size(),
                    report.changes());
        }
    }

    /** A run now; {@code grace} overrides how old a payment must be to be looked at. */
    public synchronized Report run(String trigger, @Nullable Duration grace) {
        var started = clock.instant();
        var result = reconciler.run(grace == null ? properties.grace() : grace, properties.batchSize());
        var report = new Report(
                Uuids.v7(started.toEpochMilli()),
                trigger,
                started,
                clock.instant(),
                result.checked(),
                result.unanswered(),
                result.changes());
        jdbc.update(
                "insert into reconciliation_runs (id, trigger, started_at, finished_at, checked, changes) values (?, ?, ?, ?, ?, ?)",
                report.runId(),
                trigger,
                Timestamp.from(report.startedAt()),
                Timestamp.from(report.finishedAt()),
                report.checked(),
                JSON.writeValueAsString(new Stored(result.unanswered(), result.changes())));
        return report;
    }

    public Report report(UUID runId) {
        return jdbc
                .query(
                        "select * from reconciliation_runs where id = ?",
                        (rs, row) -> {
                            var stored = JSON.readValue(rs.getString("changes"), new TypeReference<Stored>() {});
                            return new Report(
                                    rs.getObject("id", UUID.class),
                                    rs.getString("trigger"),
                                    rs.getTimestamp("started_at").toInstant(),
                                    rs.getTimestamp("finished_at").toInstant(),
                                    rs.getInt("checked"),
                                    stored.unanswered(),
                                    stored.changes());
                        },
                        runId)
                .stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No reconciliation run " + runId));
    }
}
