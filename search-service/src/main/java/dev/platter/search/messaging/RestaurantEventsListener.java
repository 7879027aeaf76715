package dev.platter.search.messaging;

import dev.platter.platform.events.restaurant.RestaurantEvent;
import dev.platter.platform.web.inbox.Inbox;
import dev.platter.search.catalogue.Catalogue;
import dev.platter.search.catalogue.Snapshot;
import dev.platter.search.index.IndexWriter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Restaurant, menu and review events into the catalogue (once per event, through the inbox, each part only when
 * newer), then into the index. A superseded event is recorded and counted, never applied.
 */
@Component
class RestaurantEventsListener {

    static final String CONSUMER = "search-index";

    private final Catalogue catalogue;
    private final IndexWriter writer;
    private final Inbox inbox;
    private final TransactionTemplate transaction;
    private final MeterRegistry meters;

    RestaurantEventsListener(
            Catalogue catalogue,
            IndexWriter writer,
            Inbox inbox,
            TransactionTemplate transaction,
            MeterRegistry meters) {
        this.catalogue = catalogue;
        this.writer = writer;
        this.inbox = inbox;
        this.transaction = transaction;
        this.meters = meters;
    }

    @KafkaListener(topics = "${platter.kafka.topics.restaurants}", groupId = "${spring.kafka.consumer.group-id}.index")
    void on(RestaurantEvent event) {
        var changed = Boolean.TRUE.equals(transaction.execute(status -> {
            var applied = new boolean[1];
            inbox.handleOnce(CONSUMER, event, () -> applied[0] = catalogue.merge(Snapshot.of(event)));
            return applied[0];
        }));
        if (changed) {
            writer.written(List.of(event.restaurantId()));
        } else {
            meters.counter(
                            "platter.search.events.superseded",
                            "type",
                            event.getClass().getSimpleName())
                    .increment();
        }
    }
}
