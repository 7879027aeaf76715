package dev.platter.search.messaging;

import dev.platter.platform.events.order.LineItem;
import dev.platter.platform.events.order.OrderEvent;
import dev.platter.platform.events.order.OrderPlaced;
import dev.platter.platform.web.inbox.Inbox;
import dev.platter.search.catalogue.Catalogue;
import dev.platter.search.index.IndexWriter;
import dev.platter.search.recommend.CustomerTastes;
import java.util.List;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Order events for popularity and customers' tastes: an order placed counts for its restaurant and dishes and is
 * remembered for its customer's recommendations. Every other order event is about an order already counted (or one
 * never placed) and changes nothing here.
 */
@Component
class OrderEventsListener {

    static final String CONSUMER = "search-orders";

    private final Catalogue catalogue;
    private final CustomerTastes tastes;
    private final IndexWriter writer;
    private final Inbox inbox;
    private final TransactionTemplate transaction;

    OrderEventsListener(
            Catalogue catalogue,
            CustomerTastes tastes,
            IndexWriter writer,
            Inbox inbox,
            TransactionTemplate transaction) {
        this.catalogue = catalogue;
        this.tastes = tastes;
        this.writer = writer;
        this.inbox = inbox;
        this.transaction = transaction;
    }

    @KafkaListener(topics = "${platter.kafka.topics.orders}", groupId = "${spring.kafka.consumer.group-id}.orders")
    void on(OrderEvent event) {
        if (!(event instanceof OrderPlaced placed)) {
            return;
        }
        var counted = Boolean.TRUE.equals(transaction.execute(status -> inbox.handleOnce(CONSUMER, placed, () -> {
            catalogue.orderPlaced(
                    placed.restaurantId(),
                    placed.lines().stream().map(LineItem::menuItemId).distinct().toList());
            tastes.record(placed, catalogue.cuisines(placed.restaurantId()));
        })));
        if (counted) {
            writer.written(List.of(placed.restaurantId()));
        }
    }
}
