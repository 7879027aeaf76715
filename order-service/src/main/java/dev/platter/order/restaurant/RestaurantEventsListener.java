package dev.platter.order.restaurant;

import dev.platter.platform.events.restaurant.RestaurantEvent;
import dev.platter.platform.events.restaurant.RestaurantUpserted;
import dev.platter.platform.web.inbox.Inbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the owner replica from RestaurantUpserted; other restaurant events change nothing here. */
@Component
class RestaurantEventsListener {

    static final String CONSUMER = "restaurant-owners";

    private final RestaurantOwners owners;
    private final Inbox inbox;

    RestaurantEventsListener(RestaurantOwners owners, Inbox inbox) {
        this.owners = owners;
        this.inbox = inbox;
    }

    @KafkaListener(
            topics = "${platter.kafka.topics.restaurants}",
            groupId = "${spring.kafka.consumer.group-id}.restaurants")
    @Transactional
    void on(RestaurantEvent event) {
        if (event instanceof RestaurantUpserted upserted) {
            inbox.handleOnce(CONSUMER, upserted, () -> owners.on(upserted));
        }
    }
}
