package dev.platter.payment.payment;

import dev.platter.platform.events.delivery.DeliveryCompleted;
import dev.platter.platform.events.delivery.DeliveryEvent;
import dev.platter.platform.events.order.OrderAccepted;
import dev.platter.platform.events.order.OrderCancelled;
import dev.platter.platform.events.order.OrderDelivered;
import dev.platter.platform.events.order.OrderEvent;
import dev.platter.platform.events.order.OrderRejected;
import java.util.List;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Order and delivery events in: each reaction commits (with its inbox record), then the provider calls it asked for
 * are made. Events that do not concern money are ignored.
 */
@Component
class OrderEventsListener {

    private final PaymentLifecycle lifecycle;
    private final ProviderWork work;

    OrderEventsListener(PaymentLifecycle lifecycle, ProviderWork work) {
        this.lifecycle = lifecycle;
        this.work = work;
    }

    @KafkaListener(id = "payment-orders", idIsGroup = false, topics = "${platter.kafka.topics.orders}")
    void on(OrderEvent event) {
        List<FollowUp> followUps = List.of();
        if (event instanceof OrderAccepted accepted) {
            followUps = lifecycle.accepted(accepted);
        } else if (event instanceof OrderRejected rejected) {
            followUps = lifecycle.rejected(rejected);
        } else if (event instanceof OrderCancelled cancelled) {
            followUps = lifecycle.cancelled(cancelled);
        } else if (event instanceof OrderDelivered delivered) {
            followUps = lifecycle.delivered(delivered);
        }
        work.run(followUps);
    }

    @KafkaListener(id = "payment-deliveries", idIsGroup = false, topics = "${platter.kafka.topics.deliveries}")
    void on(DeliveryEvent event) {
        if (event instanceof DeliveryCompleted completed) {
            work.run(lifecycle.deliveryCompleted(completed));
        }
    }
}
