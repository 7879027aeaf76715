package dev.platter.platform.web.outbox;

import dev.platter.platform.events.EventCatalog;
import dev.platter.platform.events.EventHeaders;
import dev.platter.platform.events.PlatterEvent;
import dev.platter.platform.web.config.PlatterProperties;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.TaskDecorator;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The transactional outbox, through Spring Modulith's event publication registry: an aggregate's events are stored
 * in the same transaction as its state and externalised to Kafka after commit. Every {@link PlatterEvent} is routed
 * to its contract topic (with this run's prefix), keyed by its aggregate id, with our headers and no Java type
 * header. Publications left incomplete (Kafka down, a crash after commit) are re-sent on restart and periodically;
 * consumers de-duplicate by event id.
 */
@AutoConfiguration(
        beforeName = {
            "org.springframework.modulith.events.config.EventExternalizationAutoConfiguration",
            "org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration"
        })
@ConditionalOnClass({EventExternalizationConfiguration.class, IncompleteEventPublications.class})
@EnableScheduling
public class OutboxConfiguration {

    @Bean
    EventExternalizationConfiguration platterEventExternalization(PlatterProperties properties) {
        return EventExternalizationConfiguration.externalizing()
                .select(event -> event instanceof PlatterEvent)
                .routeAll(event -> route((PlatterEvent) event, properties.kafka()))
                .headers(event -> headers((PlatterEvent) event))
                .build();
    }

    static RoutingTarget route(PlatterEvent event, PlatterProperties.Kafka kafka) {
        var descriptor = EventCatalog.of(event.getClass());
        return RoutingTarget.forTarget(kafka.topic(descriptor.topic())).andKey(event.aggregateId());
    }

    /** Byte values, so Kafka's header mapper writes them as they are and adds no type header of its own. */
    static Map<String, Object> headers(PlatterEvent event) {
        var descriptor = EventCatalog.of(event.getClass());
        return Map.of(
                EventHeaders.EVENT_ID, bytes(event.eventId().toString()),
                EventHeaders.EVENT_TYPE, bytes(descriptor.type()),
                EventHeaders.EVENT_VERSION, bytes(Integer.toString(descriptor.schemaVersion())));
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The relay sends each event on the application's task executor after commit. With several threads, two events of
     * one aggregate committed together (DeliveryRequested and DeliveryOffered, OfferExpired and the next offer) could
     * reach Kafka in either order; one relay thread sends them in the order they were committed, and Kafka keeps that
     * order per key. The services run nothing else on this executor. It replaces Boot's, so it holds on JDKs where
     * virtual threads would otherwise be used.
     */
    @Bean(name = {"applicationTaskExecutor", "taskExecutor"})
    @ConditionalOnMissingBean(name = "applicationTaskExecutor")
    ThreadPoolTaskExecutor applicationTaskExecutor(ObjectProvider<TaskDecorator> decorator) {
        var executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setThreadNamePrefix("outbox-relay-");
        decorator.ifAvailable(executor::setTaskDecorator);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        return executor;
    }

    @Bean
    @ConditionalOnBean(IncompleteEventPublications.class)
    OutboxResubmitter outboxResubmitter(IncompleteEventPublications publications, PlatterProperties properties) {
        return new OutboxResubmitter(publications, properties.outbox());
    }

    /** Re-sends what the relay could not deliver, so a Kafka outage heals without a restart. */
    public static class OutboxResubmitter {

        private final IncompleteEventPublications publications;
        private final PlatterProperties.Outbox outbox;

        OutboxResubmitter(IncompleteEventPublications publications, PlatterProperties.Outbox outbox) {
            this.publications = publications;
            this.outbox = outbox;
        }

        @Scheduled(
                fixedDelayString = "${platter.outbox.resubmit-interval}",
                initialDelayString = "${platter.outbox.resubmit-interval}")
        void resubmit() {
            publications.resubmitIncompletePublicationsOlderThan(outbox.resubmitOlderThan());
        }
    }
}
