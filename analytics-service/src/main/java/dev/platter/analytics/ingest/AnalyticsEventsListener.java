package dev.platter.analytics.ingest;

import dev.platter.platform.events.PlatterEvent;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * One consumer of every topic analytics derives from, so a replay can rewind them all to the beginning. It takes
 * records in batches (what one poll returned) and applies each batch in one transaction, which recomputes a bucket
 * once however many of the batch's events touched it; the facts do not care in which order records come.
 *
 * <p>A malformed record (it could not be read into an event) ends the batch: the records before it are applied, and
 * it is reported to the error handler, which commits up to it, sends it to {@code <topic>.dlt} and redelivers the
 * rest. A batch whose transaction fails is applied again record by record, so the record that fails is the one
 * retried and, if it keeps failing, sent to the dead-letter topic; the inbox skips whatever was applied already.
 */
@Component
class AnalyticsEventsListener extends AbstractConsumerSeekAware {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsEventsListener.class);

    private final Ingestion ingestion;

    AnalyticsEventsListener(Ingestion ingestion) {
        this.ingestion = ingestion;
    }

    @KafkaListener(
            id = "analytics-events",
            idIsGroup = false,
            batch = "true",
            groupId = "${spring.kafka.consumer.group-id}",
            topics = {
                "${platter.kafka.topics.restaurants}",
                "${platter.kafka.topics.orders}",
                "${platter.kafka.topics.kitchen}",
                "${platter.kafka.topics.payments}",
                "${platter.kafka.topics.deliveries}",
                "${platter.kafka.topics.riders}"
            })
    void on(List<ConsumerRecord<String, Object>> records) {
        var events = new ArrayList<PlatterEvent>();
        for (var record : records) {
            if (!(record.value() instanceof PlatterEvent event)) {
                apply(events, records);
                throw new BatchListenerFailedException(
                        "Record " + record.topic() + "-" + record.partition() + "@" + record.offset()
                                + " is not a readable event",
                        record);
            }
            events.add(event);
        }
        apply(events, records);
    }

    private void apply(List<PlatterEvent> events, List<ConsumerRecord<String, Object>> records) {
        if (events.isEmpty()) {
            return;
        }
        try {
            ingestion.handle(events);
        } catch (RuntimeException batchFailed) {
            log.warn("A batch of {} events failed; applying them one by one", events.size(), batchFailed);
            for (int i = 0; i < events.size(); i++) {
                try {
                    ingestion.handle(List.of(events.get(i)));
                } catch (RuntimeException failed) {
                    throw new BatchListenerFailedException("Event could not be applied", failed, records.get(i));
                }
            }
        }
    }

    /** Every partition of this instance starts again from its first record, before the next poll. */
    void rewind() {
        seekToBeginning();
    }
}
