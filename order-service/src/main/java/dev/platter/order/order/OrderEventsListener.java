package dev.platter.order.order;

import dev.platter.platform.events.delivery.DeliveryCompleted;
import dev.platter.platform.events.delivery.DeliveryEvent;
import dev.platter.platform.events.delivery.DeliveryPickedUp;
import dev.platter.platform.events.delivery.RiderAssigned;
import dev.platter.platform.events.payment.PaymentAuthorized;
import dev.platter.platform.events.payment.PaymentEvent;
import dev.platter.platform.events.payment.PaymentFailed;
import dev.platter.platform.events.restaurant.KitchenEvent;
import dev.platter.platform.events.restaurant.PreparationStarted;
import dev.platter.platform.events.restaurant.TicketAccepted;
import dev.platter.platform.events.restaurant.TicketReady;
import dev.platter.platform.events.restaurant.TicketRejected;
import dev.platter.platform.web.inbox.Inbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payment, kitchen and delivery events that drive an order, each handled once (inbox) in the transaction of its
 * effect. Events an order does not follow (captures, refunds, offers, ...) change nothing here.
 */
@Component
class OrderEventsListener {

    static final String CONSUMER = "order-lifecycle";

    private final OrderLifecycle lifecycle;
    private final Inbox inbox;

    OrderEventsListener(OrderLifecycle lifecycle, Inbox inbox) {
        this.lifecycle = lifecycle;
        this.inbox = inbox;
    }

    @KafkaListener(topics = "${platter.kafka.topics.payments}", groupId = "${spring.kafka.consumer.group-id}.lifecycle")
    @Transactional
    void on(PaymentEvent event) {
        // captured, voided and refunds are payment-service's business
        if (event instanceof PaymentAuthorized paid) {
            inbox.handleOnce(CONSUMER, paid, () -> lifecycle.on(paid));
        } else if (event instanceof PaymentFailed failed) {
            inbox.handleOnce(CONSUMER, failed, () -> lifecycle.on(failed));
        }
    }

    @KafkaListener(topics = "${platter.kafka.topics.kitchen}", groupId = "${spring.kafka.consumer.group-id}.lifecycle")
    @Transactional
    void on(KitchenEvent event) {
        // TicketOpened: the order already knows it was placed
        if (event instanceof TicketAccepted accepted) {
            inbox.handleOnce(CONSUMER, accepted, () -> lifecycle.on(accepted));
        } else if (event instanceof TicketRejected rejected) {
            inbox.handleOnce(CONSUMER, rejected, () -> lifecycle.on(rejected));
        } else if (event instanceof PreparationStarted started) {
            inbox.handleOnce(CONSUMER, started, () -> lifecycle.on(started));
        } else if (event instanceof TicketReady ready) {
            inbox.handleOnce(CONSUMER, ready, () -> lifecycle.on(ready));
        }
    }

    @KafkaListener(
            topics = "${platter.kafka.topics.deliveries}",
            groupId = "${spring.kafka.consumer.group-id}.lifecycle")
    @Transactional
    void on(DeliveryEvent event) {
        // offers, arrivals and dispatch troubles are delivery-service's business
        if (event instanceof RiderAssigned assigned) {
            inbox.handleOnce(CONSUMER, assigned, () -> lifecycle.on(assigned));
        } else if (event instanceof DeliveryPickedUp pickedUp) {
            inbox.handleOnce(CONSUMER, pickedUp, () -> lifecycle.on(pickedUp));
        } else if (event instanceof DeliveryCompleted completed) {
            inbox.handleOnce(CONSUMER, completed, () -> lifecycle.on(completed));
        }
    }
}
