package dev.platter.platform.web.kafka;

import dev.platter.platform.events.PlatterEvent;
import dev.platter.platform.events.Topics;
import dev.platter.platform.web.config.PlatterProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

/**
 * Kafka the same way in every service: our topics (with their dead-letter topics) exist with the retention the
 * contract gives them; a listener that keeps failing on a record retries a bounded number of times with back-off,
 * then the record goes to {@code <topic>.dlt} with the exception in its headers and the partition moves on. A
 * malformed record goes there at once. Nothing is dropped silently.
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@ConditionalOnClass(KafkaTemplate.class)
public class KafkaPlumbingConfiguration {

    @Bean
    KafkaAdmin.NewTopics platterTopics(PlatterProperties properties) {
        var kafka = properties.kafka();
        return new KafkaAdmin.NewTopics(Topics.all().stream()
                .flatMap(topic -> Stream.of(topic, Topics.deadLetter(topic)))
                .map(topic -> newTopic(kafka, topic))
                .toArray(NewTopic[]::new));
    }

    private static NewTopic newTopic(PlatterProperties.Kafka kafka, String topic) {
        var retention = topic.endsWith(Topics.DLT_SUFFIX) ? -1L : Topics.retentionMs(topic);
        return TopicBuilder.name(kafka.topic(topic))
                .partitions(kafka.partitions())
                .replicas(kafka.replicas())
                .config(TopicConfig.RETENTION_MS_CONFIG, Long.toString(retention))
                .config(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(Math.min(2, kafka.replicas())))
                .build();
    }

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler platterErrorHandler(KafkaProperties kafkaProperties, PlatterProperties properties) {
        var recoverer = new DeadLetterPublishingRecoverer(
                deadLetterTemplate(kafkaProperties),
                (record, exception) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
        var retry = properties.kafka().retry();
        var backOff = new ExponentialBackOffWithMaxRetries(retry.maxRetries());
        backOff.setInitialInterval(retry.initialInterval().toMillis());
        backOff.setMultiplier(retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.setCommitRecovered(true);
        return handler;
    }

    /**
     * Publishes failed records as they came: raw bytes (a malformed record) stay bytes, events are written back as
     * JSON. Not a bean, so the application's own KafkaTemplate stays the only one.
     */
    private static KafkaTemplate<Object, Object> deadLetterTemplate(KafkaProperties kafkaProperties) {
        Map<Class<?>, Serializer<?>> values = new LinkedHashMap<>();
        values.put(byte[].class, new ByteArraySerializer());
        values.put(String.class, new StringSerializer());
        // configured from the producer properties, which switch the Java type header off
        values.put(PlatterEvent.class, new JacksonJsonSerializer<>());
        Map<Class<?>, Serializer<?>> keys = new LinkedHashMap<>();
        keys.put(byte[].class, new ByteArraySerializer());
        keys.put(String.class, new StringSerializer());
        var factory = new DefaultKafkaProducerFactory<Object, Object>(kafkaProperties.buildProducerProperties());
        factory.setKeySerializer(new DelegatingByTypeSerializer(keys, true));
        factory.setValueSerializer(new DelegatingByTypeSerializer(values, true));
        return new KafkaTemplate<>(factory);
    }
}
