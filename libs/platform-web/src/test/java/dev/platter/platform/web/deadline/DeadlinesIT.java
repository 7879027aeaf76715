package dev.platter.platform.web.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.platter.platform.web.ProbeIT;
import dev.platter.platform.web.probe.ProbeDeadlines;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Deadlines on the real database: set in a transaction, fired once by many pollers, retried after a failure. */
class DeadlinesIT extends ProbeIT {

    @Autowired
    Deadlines deadlines;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    DeadlineProperties properties;

    private TransactionTemplate transactions() {
        return new TransactionTemplate(transactionManager);
    }

    private void schedule(String subject, Instant dueAt) {
        transactions().executeWithoutResult(status -> deadlines.schedule(ProbeDeadlines.KIND, subject, dueAt));
    }

    private int effects(String subject) {
        return jdbc.queryForObject("select count(*) from probe_effect where consumer = ?", Integer.class, subject);
    }

    @Test
    void firesADueDeadlineOnceThroughTheScheduledPoller() {
        var subject = "ticket-" + UUID.randomUUID();
        schedule(subject, Instant.now().plusMillis(500));

        await().atMost(Duration.ofSeconds(10)).until(() -> effects(subject) == 1);
        assertThat(deadlines.dueAt(ProbeDeadlines.KIND, subject)).isEmpty();
        assertThat(ProbeDeadlines.CALLS.get(subject)).hasValue(1);
    }

    @Test
    void aDeadlineRolledBackWithItsTransactionNeverExists() {
        var subject = "rb-" + UUID.randomUUID();
        transactions().executeWithoutResult(status -> {
            deadlines.schedule(ProbeDeadlines.KIND, subject, Instant.now());
            status.setRollbackOnly();
        });
        assertThat(deadlines.dueAt(ProbeDeadlines.KIND, subject)).isEmpty();
    }

    @Test
    void refusesToScheduleOutsideATransaction() {
        assertThatThrownBy(() -> deadlines.schedule(ProbeDeadlines.KIND, "loose", Instant.now()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCancelledDeadlineNeverFires() {
        var subject = "cancelled-" + UUID.randomUUID();
        schedule(subject, Instant.now().plusSeconds(1));
        var cancelled = transactions().execute(status -> deadlines.cancel(ProbeDeadlines.KIND, subject));

        assertThat(cancelled).isTrue();
        assertThat(deadlines.dueAt(ProbeDeadlines.KIND, subject)).isEmpty();
        // a later deadline of the same test fired, so the poller ran past the cancelled one's due time
        var later = "later-" + UUID.randomUUID();
        schedule(later, Instant.now().plusSeconds(2));
        await().atMost(Duration.ofSeconds(10)).until(() -> effects(later) == 1);
        assertThat(effects(subject)).isZero();
    }

    @Test
    void firesEachDeadlineOnceWhenManyInstancesPollAtTheSameTime() throws Exception {
        var subjects = IntStream.range(0, 40)
                .mapToObj(i -> "race-" + i + "-" + UUID.randomUUID())
                .toList();
        transactions()
                .executeWithoutResult(status -> subjects.forEach(subject -> deadlines.schedule(
                        ProbeDeadlines.KIND, subject, Instant.now().minusSeconds(1))));

        // four more "instances": pollers of their own over the same database, racing the application's own
        var handler = new ProbeDeadlines(jdbc);
        var pollers = IntStream.range(0, 4)
                .mapToObj(i -> new DeadlinePoller(
                        jdbc,
                        transactions(),
                        Clock.systemUTC(),
                        List.of(handler),
                        properties,
                        new SimpleMeterRegistry()))
                .toList();
        var pool = Executors.newFixedThreadPool(pollers.size());
        try {
            var polls = new ArrayList<Callable<Void>>();
            for (var poller : pollers) {
                polls.add(() -> {
                    poller.poll();
                    return null;
                });
            }
            pool.invokeAll(polls).forEach(future -> {
                try {
                    future.get();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
        } finally {
            pool.shutdownNow();
        }

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> subjects.forEach(
                        subject -> assertThat(effects(subject)).as(subject).isEqualTo(1)));
        subjects.forEach(subject ->
                assertThat(ProbeDeadlines.CALLS.get(subject).get()).as(subject).isEqualTo(1));
    }

    @Test
    void aFailingHandlerIsRetriedLaterAndItsEffectRolledBack() {
        var subject = "FAIL-2-" + UUID.randomUUID();
        var poller = new DeadlinePoller(
                jdbc,
                transactions(),
                Clock.systemUTC(),
                List.of(new ProbeDeadlines(jdbc)),
                new DeadlineProperties(Duration.ofSeconds(1), 10, Duration.ofMillis(200)),
                new SimpleMeterRegistry());
        schedule(subject, Instant.now().minusSeconds(1));

        await().atMost(Duration.ofSeconds(10)).until(() -> {
            poller.poll();
            return deadlines.dueAt(ProbeDeadlines.KIND, subject).isEmpty();
        });
        assertThat(ProbeDeadlines.CALLS.get(subject).get()).isGreaterThanOrEqualTo(2);
        // the failed attempt's insert rolled back with it: one effect, from the call that succeeded
        assertThat(effects(subject)).isEqualTo(1);
    }
}
