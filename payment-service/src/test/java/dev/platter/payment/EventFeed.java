package dev.platter.payment;

import dev.platter.platform.events.EventCatalog;
import dev.platter.platform.events.EventHeaders;
import dev.platter.platform.events.PlatterEvent;
import dev.platter.platform.test.Infrastructure;
import dev.platter.platform.test.TestRun;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feeds the events of other services to payment-service exactly as their outboxes publish them: on the contract topic
 * with this run's prefix, keyed by the aggregate id, with the {@code event-id}, {@code event-type} and
 * {@code event-version} headers and no Java type header.
 */
public final class EventFeed {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final KafkaProducer<String, byte[]> PRODUCER = new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.kafkaBootstrapServers()),
            new StringSerializer(),
            new ByteArraySerializer());

    private EventFeed() {}

    public static void publish(PlatterEvent event) {
        var descriptor = EventCatalog.of(event.getClass());
        var record = new ProducerRecord<>(
                TestRun.topicPrefix() + descriptor.topic(), event.aggregateId(), JSON.writeValueAsBytes(event));
        record.headers().add(EventHeaders.EVENT_ID, bytes(event.eventId().toString()));
        record.headers().add(EventHeaders.EVENT_TYPE, bytes(descriptor.type()));
        record.headers().add(EventHeaders.EVENT_VERSION, bytes(Integer.toString(descriptor.schemaVersion())));
        try {
            PRODUCER.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Could not publish " + event, e);
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
