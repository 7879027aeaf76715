package dev.platter.benchmarks.city;

import dev.platter.platform.events.EventCatalog;
import dev.platter.platform.events.EventHeaders;
import dev.platter.platform.events.PlatterEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes seeded entities' events as their owning services would: the record on its topic keyed by the aggregate
 * id, with the {@code event-id}, {@code event-type} and {@code event-version} headers, the body as JSON.
 */
final class EventPublisher implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaProducer<String, byte[]> producer;
    private final AtomicReference<@Nullable Exception> failure = new AtomicReference<>();
    private long sent;

    EventPublisher(String bootstrap) {
        this.producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true,
                        ProducerConfig.LINGER_MS_CONFIG,
                        20,
                        ProducerConfig.BATCH_SIZE_CONFIG,
                        256 * 1024,
                        ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                        4 * 1024 * 1024),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    void publish(PlatterEvent event) {
        var descriptor = EventCatalog.of(event.getClass());
        var record = new ProducerRecord<String, byte[]>(
                descriptor.topic(), event.aggregateId(), JSON.writeValueAsBytes(event));
        record.headers().add(EventHeaders.EVENT_ID, event.eventId().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.EVENT_TYPE, descriptor.type().getBytes(StandardCharsets.UTF_8));
        record.headers()
                .add(
                        EventHeaders.EVENT_VERSION,
                        Integer.toString(descriptor.schemaVersion()).getBytes(StandardCharsets.UTF_8));
        producer.send(record, (metadata, e) -> {
            if (e != null) {
                failure.compareAndSet(null, e);
            }
        });
        sent++;
    }

    /** Waits until every record is acknowledged; fails if any was not. */
    long flush() {
        producer.flush();
        var e = failure.get();
        if (e != null) {
            throw new IllegalStateException("Kafka refused an event: " + e.getMessage(), e);
        }
        return sent;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
