package dev.platter.restaurant.kitchen;

import dev.platter.platform.events.delivery.DeliveryEvent;
import dev.platter.platform.events.delivery.DeliveryPickedUp;
import dev.platter.platform.events.order.OrderCancelled;
import dev.platter.platform.events.order.OrderEvent;
import dev.platter.platform.events.order.OrderPlaced;
import dev.platter.platform.web.inbox.Inbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Order and delivery events the kitchen follows, each handled once (inbox) in the transaction of its effect. */
@Component
class KitchenEventsListener {

    static final String CONSUMER = "kitchen";

    private final KitchenService kitchen;
    private final Inbox inbox;

    KitchenEventsListener(KitchenService kitchen, Inbox inbox) {
        this.kitchen = kitchen;
        this.inbox = inbox;
    }

    @KafkaListener(topics = "${platter.kafka.topics.orders}", groupId = "${spring.kafka.consumer.group-id}.kitchen")
    @Transactional
    void on(OrderEvent event) {
        // the kitchen follows its own transitions; other order events change nothing here
        if (event instanceof OrderPlaced placed) {
            inbox.handleOnce(CONSUMER, placed, () -> kitchen.on(placed));
        } else if (event instanceof OrderCancelled cancelled) {
            inbox.handleOnce(CONSUMER, cancelled, () -> kitchen.on(cancelled));
        }
    }

    @KafkaListener(topics = "${platter.kafka.topics.deliveries}", groupId = "${spring.kafka.consumer.group-id}.kitchen")
    @Transactional
    void on(DeliveryEvent event) {
        if (event instanceof DeliveryPickedUp pickedUp) {
            inbox.handleOnce(CONSUMER, pickedUp, () -> kitchen.on(pickedUp));
        }
    }
}
