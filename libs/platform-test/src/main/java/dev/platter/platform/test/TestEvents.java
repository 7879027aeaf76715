package dev.platter.platform.test;

import dev.platter.platform.events.EventCatalog;
import dev.platter.platform.events.EventHeaders;
import dev.platter.platform.events.PlatterEvent;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feeds events into this run's topics exactly as their producers publish them (contract topic with the run's
 * prefix, keyed by aggregate id, our headers, JSON value), so a service under test consumes what it would in
 * production — from services that need not be running.
 */
public final class TestEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final KafkaProducer<String, byte[]> PRODUCER = new KafkaProducer<>(
            Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    Infrastructure.kafkaBootstrapServers(),
                    ProducerConfig.ACKS_CONFIG,
                    "all"),
            new StringSerializer(),
            new ByteArraySerializer());

    private TestEvents() {}

    /** Publishes {@code event} and waits until the broker has it. */
    public static void publish(PlatterEvent event) {
        var descriptor = EventCatalog.of(event.getClass());
        var record = new ProducerRecord<String, byte[]>(
                TestRun.topicPrefix() + descriptor.topic(), event.aggregateId(), JSON.writeValueAsBytes(event));
        record.headers().add(EventHeaders.EVENT_ID, bytes(event.eventId().toString()));
        record.headers().add(EventHeaders.EVENT_TYPE, bytes(descriptor.type()));
        record.headers().add(EventHeaders.EVENT_VERSION, bytes(Integer.toString(descriptor.schemaVersion())));
        try {
            PRODUCER.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted publishing " + event, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not publish " + event, e.getCause());
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
