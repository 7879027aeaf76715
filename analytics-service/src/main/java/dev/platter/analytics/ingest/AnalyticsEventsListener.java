package dev.platter.analytics.ingest;

import dev.platter.platform.events.PlatterEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;
import org.springframework.stereotype.Component;

/**
 * One consumer of every topic analytics derives from, so a replay can rewind them all to the beginning. Records of
 * all topics are applied one at a time; the facts do not care in which order they come.
 */
@Component
class AnalyticsEventsListener extends AbstractConsumerSeekAware {

    private final Ingestion ingestion;

    AnalyticsEventsListener(Ingestion ingestion) {
        this.ingestion = ingestion;
    }

    @KafkaListener(
            id = "analytics-events",
            idIsGroup = false,
            groupId = "${spring.kafka.consumer.group-id}",
            topics = {
                "${platter.kafka.topics.restaurants}",
                "${platter.kafka.topics.orders}",
                "${platter.kafka.topics.kitchen}",
                "${platter.kafka.topics.payments}",
                "${platter.kafka.topics.deliveries}",
                "${platter.kafka.topics.riders}"
            })
    void on(PlatterEvent event) {
        ingestion.handle(event);
    }

    /** Every partition of this instance starts again from its first record, before the next poll. */
    void rewind() {
        seekToBeginning();
    }
}
