package dev.platter.delivery.dispatch;

import dev.platter.platform.events.order.OrderAccepted;
import dev.platter.platform.events.order.OrderCancelled;
import dev.platter.platform.events.order.OrderEvent;
import dev.platter.platform.events.order.OrderPlaced;
import dev.platter.platform.events.restaurant.KitchenEvent;
import dev.platter.platform.events.restaurant.TicketReady;
import dev.platter.platform.web.inbox.Inbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The order and kitchen events that drive deliveries, each handled once (inbox) in the transaction of its effect.
 * Events a delivery does not follow (payments, preparation started, ...) change nothing here.
 */
@Component
class OrderEventsListener {

    static final String CONSUMER = "delivery-dispatch";

    private final DeliveryLifecycle lifecycle;
    private final Inbox inbox;

    OrderEventsListener(DeliveryLifecycle lifecycle, Inbox inbox) {
        this.lifecycle = lifecycle;
        this.inbox = inbox;
    }

    @KafkaListener(
            topics = "${platter.kafka.topics.orders}",
            groupId = "${spring.kafka.consumer.group-id}.dispatch",
            concurrency = "${platter.delivery.dispatch-consumers}")
    @Transactional
    void on(OrderEvent event) {
        if (event instanceof OrderPlaced placed) {
            inbox.handleOnce(CONSUMER, placed, () -> lifecycle.on(placed));
        } else if (event instanceof OrderAccepted accepted) {
            inbox.handleOnce(CONSUMER, accepted, () -> lifecycle.on(accepted));
        } else if (event instanceof OrderCancelled cancelled) {
            inbox.handleOnce(CONSUMER, cancelled, () -> lifecycle.on(cancelled));
        }
    }

    @KafkaListener(topics = "${platter.kafka.topics.kitchen}", groupId = "${spring.kafka.consumer.group-id}.dispatch")
    @Transactional
    void on(KitchenEvent event) {
        if (event instanceof TicketReady ready) {
            inbox.handleOnce(CONSUMER, ready, () -> lifecycle.on(ready));
        }
    }
}
