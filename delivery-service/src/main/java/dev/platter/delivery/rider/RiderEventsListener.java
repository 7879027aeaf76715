package dev.platter.delivery.rider;

import dev.platter.platform.events.restaurant.RestaurantEvent;
import dev.platter.platform.events.restaurant.ReviewPublished;
import dev.platter.platform.events.user.RiderApproved;
import dev.platter.platform.events.user.UserEvent;
import dev.platter.platform.events.user.UserSuspended;
import dev.platter.platform.web.inbox.Inbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * User and review events that shape riders, each handled once (inbox) in the transaction of its effect: approvals
 * make profiles, suspensions end shifts, reviews carry the rider's new average. Other events change nothing here.
 */
@Component
class RiderEventsListener {

    static final String CONSUMER = "delivery-riders";

    private final RiderService riders;
    private final Inbox inbox;

    RiderEventsListener(RiderService riders, Inbox inbox) {
        this.riders = riders;
        this.inbox = inbox;
    }

    @KafkaListener(topics = "${platter.kafka.topics.users}", groupId = "${spring.kafka.consumer.group-id}.riders")
    @Transactional
    void on(UserEvent event) {
        if (event instanceof RiderApproved approved) {
            inbox.handleOnce(CONSUMER, approved, () -> riders.on(approved));
        } else if (event instanceof UserSuspended suspended) {
            inbox.handleOnce(CONSUMER, suspended, () -> riders.on(suspended));
        }
    }

    @KafkaListener(
            topics = "${platter.kafka.topics.restaurants}",
            groupId = "${spring.kafka.consumer.group-id}.ratings")
    @Transactional
    void on(RestaurantEvent event) {
        if (event instanceof ReviewPublished review) {
            inbox.handleOnce(CONSUMER, review, () -> riders.on(review));
        }
    }
}
