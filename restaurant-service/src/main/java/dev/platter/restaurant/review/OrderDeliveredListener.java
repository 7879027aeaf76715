package dev.platter.restaurant.review;

import dev.platter.platform.events.order.OrderDelivered;
import dev.platter.platform.events.order.OrderEvent;
import dev.platter.platform.web.inbox.Inbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Learns which orders were delivered, so their customers may review them. */
@Component
class OrderDeliveredListener {

    static final String CONSUMER = "reviews";

    private final ReviewService reviews;
    private final Inbox inbox;

    OrderDeliveredListener(ReviewService reviews, Inbox inbox) {
        this.reviews = reviews;
        this.inbox = inbox;
    }

    @KafkaListener(topics = "${platter.kafka.topics.orders}", groupId = "${spring.kafka.consumer.group-id}.reviews")
    @Transactional
    void on(OrderEvent event) {
        if (event instanceof OrderDelivered delivered) {
            inbox.handleOnce(CONSUMER, delivered, () -> reviews.on(delivered));
        }
    }
}
