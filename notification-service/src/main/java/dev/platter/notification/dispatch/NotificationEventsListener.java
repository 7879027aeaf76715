package dev.platter.notification.dispatch;

import dev.platter.notification.replica.Contacts;
import dev.platter.notification.replica.OrderParties;
import dev.platter.notification.replica.RestaurantOwners;
import dev.platter.platform.events.delivery.DeliveryEvent;
import dev.platter.platform.events.order.OrderEvent;
import dev.platter.platform.events.payment.PaymentEvent;
import dev.platter.platform.events.restaurant.KitchenEvent;
import dev.platter.platform.events.restaurant.RestaurantEvent;
import dev.platter.platform.events.restaurant.RestaurantUpserted;
import dev.platter.platform.events.user.UserEvent;
import dev.platter.platform.web.inbox.Inbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events notification-service learns from, each handled once (inbox) in the transaction of its effect: user events
 * keep the contact replica, RestaurantUpserted the owner replica, order events the order's parties; then every event
 * goes through the rules. Events no rule names change nothing beyond the replicas.
 */
@Component
class NotificationEventsListener {

    static final String CONSUMER = "notifications";

    private final Inbox inbox;
    private final Dispatcher dispatcher;
    private final Contacts contacts;
    private final RestaurantOwners restaurants;
    private final OrderParties orders;

    NotificationEventsListener(
            Inbox inbox, Dispatcher dispatcher, Contacts contacts, RestaurantOwners restaurants, OrderParties orders) {
        this.inbox = inbox;
        this.dispatcher = dispatcher;
        this.contacts = contacts;
        this.restaurants = restaurants;
        this.orders = orders;
    }

    @KafkaListener(topics = "${platter.kafka.topics.users}", groupId = "${spring.kafka.consumer.group-id}.notify")
    @Transactional
    void on(UserEvent event) {
        inbox.handleOnce(CONSUMER, event, () -> {
            contacts.apply(event);
            dispatcher.dispatch(event);
        });
    }

    @KafkaListener(topics = "${platter.kafka.topics.restaurants}", groupId = "${spring.kafka.consumer.group-id}.notify")
    @Transactional
    void on(RestaurantEvent event) {
        if (event instanceof RestaurantUpserted upserted) {
            inbox.handleOnce(CONSUMER, upserted, () -> restaurants.apply(upserted));
        }
    }

    @KafkaListener(topics = "${platter.kafka.topics.orders}", groupId = "${spring.kafka.consumer.group-id}.notify")
    @Transactional
    void on(OrderEvent event) {
        inbox.handleOnce(CONSUMER, event, () -> {
            orders.remember(event);
            dispatcher.dispatch(event);
        });
    }

    @KafkaListener(topics = "${platter.kafka.topics.kitchen}", groupId = "${spring.kafka.consumer.group-id}.notify")
    @Transactional
    void on(KitchenEvent event) {
        inbox.handleOnce(CONSUMER, event, () -> dispatcher.dispatch(event));
    }

    @KafkaListener(topics = "${platter.kafka.topics.payments}", groupId = "${spring.kafka.consumer.group-id}.notify")
    @Transactional
    void on(PaymentEvent event) {
        inbox.handleOnce(CONSUMER, event, () -> dispatcher.dispatch(event));
    }

    @KafkaListener(topics = "${platter.kafka.topics.deliveries}", groupId = "${spring.kafka.consumer.group-id}.notify")
    @Transactional
    void on(DeliveryEvent event) {
        inbox.handleOnce(CONSUMER, event, () -> dispatcher.dispatch(event));
    }
}
