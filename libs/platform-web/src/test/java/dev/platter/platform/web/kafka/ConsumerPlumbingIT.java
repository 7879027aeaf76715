package dev.platter.platform.web.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.platter.platform.events.EventHeaders;
import dev.platter.platform.events.Topics;
import dev.platter.platform.events.user.UserSuspended;
import dev.platter.platform.test.TestRun;
import dev.platter.platform.test.TopicReader;
import dev.platter.platform.web.ProbeIT;
import dev.platter.platform.web.probe.ProbeEffects;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Consumers on the real broker: bounded retries then the dead-letter topic, and de-duplication by event id. */
class ConsumerPlumbingIT extends ProbeIT {

    private static final String TOPIC = TestRun.topicPrefix() + Topics.USERS;
    private static KafkaProducer<String, byte[]> producer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    @BeforeAll
    static void connect() {
        producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        dev.platter.platform.test.Infrastructure.kafkaBootstrapServers()),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    @AfterAll
    static void disconnect() {
        producer.close();
    }

    private static void send(String key, byte[] value, String type, String version, String eventId) throws Exception {
        var record = new ProducerRecord<String, byte[]>(TOPIC, key, value);
        record.headers().add(EventHeaders.EVENT_TYPE, type.getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.EVENT_VERSION, version.getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.EVENT_ID, eventId.getBytes(StandardCharsets.UTF_8));
        producer.send(record).get();
    }

    private static void send(UserSuspended event) throws Exception {
        send(
                event.userId().toString(),
                JSON.writeValueAsBytes(event),
                "UserSuspended",
                "1",
                event.eventId().toString());
    }

    private static UserSuspended suspension(UUID userId, String reason) {
        return new UserSuspended(UUID.randomUUID(), Instant.now(), userId, 1, reason, null);
    }

    @Test
    void sendsAMalformedRecordToTheDeadLetterTopicAndKeepsThePartitionFlowing() throws Exception {
        var userId = UUID.randomUUID();
        var poisonId = UUID.randomUUID().toString();
        try (var deadLetters = TopicReader.ofFullName(Topics.deadLetter(TOPIC))) {
            send(
                    userId.toString(),
                    "{\"eventId\": not json".getBytes(StandardCharsets.UTF_8),
                    "UserSuspended",
                    "1",
                    poisonId);
            var after = suspension(userId, "after-poison-" + userId);
            send(after);

            var dead = deadLetters.awaitRecord(
                    record -> poisonId.equals(TopicReader.header(record, EventHeaders.EVENT_ID)));
            assertThat(TopicReader.header(dead, "kafka_dlt-exception-fqcn")).isNotBlank();
            assertThat(TopicReader.header(dead, "kafka_dlt-original-topic")).isEqualTo(TOPIC);
            assertThat(dead.key()).isEqualTo(userId.toString());
            await().until(() -> ProbeEffects.effectsOf(jdbc, after.eventId()) == 1);
        }
    }

    @Test
    void sendsARecordOfAnUnknownEventTypeToTheDeadLetterTopic() throws Exception {
        var eventId = UUID.randomUUID().toString();
        try (var deadLetters = TopicReader.ofFullName(Topics.deadLetter(TOPIC))) {
            send(UUID.randomUUID().toString(), "{}".getBytes(StandardCharsets.UTF_8), "UserTeleported", "1", eventId);

            deadLetters.awaitRecord(record -> eventId.equals(TopicReader.header(record, EventHeaders.EVENT_ID)));
        }
    }

    @Test
    void retriesAFailingEventABoundedNumberOfTimesThenDeadLettersIt() throws Exception {
        var userId = UUID.randomUUID();
        var reason = "POISON-" + userId;
        var poisoned = suspension(userId, reason);
        try (var deadLetters = TopicReader.ofFullName(Topics.deadLetter(TOPIC))) {
            send(poisoned);
            var next = suspension(userId, "after-" + reason);
            send(next);

            var dead = deadLetters.awaitRecord(
                    record -> poisoned.eventId().toString().equals(TopicReader.header(record, EventHeaders.EVENT_ID)));
            assertThat(TopicReader.header(dead, "kafka_dlt-exception-message")).contains("cannot handle " + reason);
            assertThat(JSON.readValue(dead.value(), UserSuspended.class)).isEqualTo(poisoned);
            // one delivery and max-retries (2 in the tests) retries, then the record is given up
            assertThat(ProbeEffects.attempts(reason)).isEqualTo(3);
            assertThat(ProbeEffects.effectsOf(jdbc, poisoned.eventId()))
                    .as("the failed effect rolled back with its inbox entry")
                    .isZero();
            await().until(() -> ProbeEffects.effectsOf(jdbc, next.eventId()) == 1);
        }
    }

    @Test
    void skipsARepeatedEventId() throws Exception {
        var event = suspension(UUID.randomUUID(), "twice-" + UUID.randomUUID());
        var before = duplicatesSkipped();

        send(event);
        send(event);

        await().until(() -> ProbeEffects.attempts(event.reason()) == 2);
        assertThat(ProbeEffects.effectsOf(jdbc, event.eventId())).isEqualTo(1);
        assertThat(duplicatesSkipped() - before).isEqualTo(1.0);
    }

    private double duplicatesSkipped() {
        var counter = meters.find("platter.inbox.duplicates").counter();
        return counter == null ? 0 : counter.count();
    }
}
