package dev.platter.platform.web.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.platter.platform.events.Topics;
import dev.platter.platform.test.ServiceProcess;
import dev.platter.platform.test.TestTokens;
import dev.platter.platform.test.TopicReader;
import dev.platter.platform.web.probe.ProbeApplication;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A service that crashes after committing but before relaying its event: the event is still published, once, when
 * the service comes back. The crash is real: the process is killed with SIGKILL while its Kafka producer is still
 * waiting for a broker it cannot reach.
 */
class OutboxCrashIT {

    private static final String DATABASE = "platter_outboxprobe";

    @Test
    void publishesAnEventCommittedBeforeACrashOnceAfterRestart() throws Exception {
        var item = "CRASH_" + UUID.randomUUID();
        var cutOff = ServiceProcess.mainClass("outbox-probe", ProbeApplication.class, DATABASE)
                // a broker that is not there: the relay blocks until the process dies
                .property("spring.kafka.bootstrap-servers", "127.0.0.1:1")
                .property("spring.kafka.producer.properties.max.block.ms", "600000")
                .property("platter.outbox.resubmit-interval", "1h")
                .property("spring.kafka.listener.auto-startup", "false")
                .property("spring.kafka.admin.fail-fast", "false")
                .property("spring.kafka.admin.auto-create", "false")
                .start();
        try (var users = TopicReader.of(Topics.USERS)) {
            var response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(cutOff.uri("/probe/events"))
                                    .header("Authorization", "Bearer " + TestTokens.forRoles("CUSTOMER"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"item\":\"" + item + "\"}"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("the order was committed").isEqualTo(201);
            cutOff.kill();
            assertThat(users.matching(record -> TopicReader.value(record).contains(item)))
                    .isEmpty();

            try (var restarted = ServiceProcess.mainClass("outbox-probe", ProbeApplication.class, DATABASE)
                    .property("spring.kafka.listener.auto-startup", "false")
                    .start()) {
                users.awaitRecord(record -> TopicReader.value(record).contains(item));
                await().during(Duration.ofSeconds(5))
                        .atMost(Duration.ofSeconds(15))
                        .until(() -> users.matching(record ->
                                                TopicReader.value(record).contains(item))
                                        .size()
                                == 1);
            }
        }
    }
}
