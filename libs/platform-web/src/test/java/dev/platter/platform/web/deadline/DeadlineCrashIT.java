package dev.platter.platform.web.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.platter.platform.test.Infrastructure;
import dev.platter.platform.test.ServiceProcess;
import dev.platter.platform.test.TestDatabases;
import dev.platter.platform.test.TestTokens;
import dev.platter.platform.web.probe.ProbeApplication;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A deadline set by an instance that then dies (SIGKILL) before it is due still fires, once, when two other
 * instances poll the same database.
 */
class DeadlineCrashIT {

    private static final String DATABASE = "platter_deadlineprobe";

    private static ServiceProcess.Builder probe(String pollInterval) {
        return ServiceProcess.mainClass("deadline-probe", ProbeApplication.class, DATABASE)
                .property("platter.deadlines.poll-interval", pollInterval)
                .property("spring.kafka.listener.auto-startup", "false");
    }

    private static int effects(String subject) throws Exception {
        var database = TestDatabases.ensure(DATABASE, DATABASE, DATABASE);
        try (var connection = DriverManager.getConnection(Infrastructure.jdbcUrl(database), DATABASE, DATABASE);
                var statement = connection.prepareStatement("select count(*) from probe_effect where consumer = ?")) {
            statement.setString(1, subject);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    @Test
    void aDeadlineOfAKilledInstanceFiresOnceWhenTwoOthersPoll() throws Exception {
        var subject = "crash-" + UUID.randomUUID();
        var doomed = probe("1h").start(); // never polls: only sets the deadline
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(doomed.uri("/probe/deadlines"))
                                .header("Authorization", "Bearer " + TestTokens.forRoles("CUSTOMER"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"subject\":\"" + subject + "\",\"inMillis\":3000}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        doomed.kill();
        assertThat(effects(subject)).isZero();

        try (var first = probe("100ms").start();
                var second = probe("100ms").start()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> effects(subject) == 1);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> effects(subject) == 1);
            assertThat(first.port()).isNotEqualTo(second.port());
        }
    }
}
