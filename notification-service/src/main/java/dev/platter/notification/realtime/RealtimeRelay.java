package dev.platter.notification.realtime;

import dev.platter.notification.config.Json;
import dev.platter.platform.events.EventCatalog;
import dev.platter.platform.events.PlatterEvent;
import dev.platter.platform.events.delivery.DeliveryCancelled;
import dev.platter.platform.events.delivery.DeliveryEvent;
import dev.platter.platform.events.delivery.DeliveryOffered;
import dev.platter.platform.events.delivery.OfferDeclined;
import dev.platter.platform.events.delivery.OfferExpired;
import dev.platter.platform.events.delivery.RiderLocationEvent;
import dev.platter.platform.events.order.OrderCancelled;
import dev.platter.platform.events.order.OrderEvent;
import dev.platter.platform.events.restaurant.KitchenEvent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Turns events into live messages: order events, the rider's position and ETA, and delivery progress go to the
 * order's stream; kitchen events (and cancellations) to the restaurant's; offers to the rider's. One instance of the
 * group consumes each record and publishes it through Redis to every instance, which hands it to the connections it
 * holds. Live updates are best effort and carry the event id, so a client drops a repeat.
 */
@Component
class RealtimeRelay {

    private final ReplayLog replay;
    private final Clock clock;

    RealtimeRelay(ReplayLog replay, Clock clock) {
        this.replay = replay;
        this.clock = clock;
    }

    @KafkaListener(
            topics = {
                "${platter.kafka.topics.orders}",
                "${platter.kafka.topics.kitchen}",
                "${platter.kafka.topics.deliveries}",
                "${platter.kafka.topics.rider-locations}"
            },
            groupId = "${spring.kafka.consumer.group-id}.realtime",
            concurrency = "${platter.notifications.realtime.consumers}")
    void on(PlatterEvent event) {
        for (var stream : streams(event)) {
            var at = clock.instant();
            var message = Json.MAPPER.createObjectNode();
            message.put("type", "event");
            message.put("id", event.eventId().toString());
            message.put("stream", stream);
            message.put("event", EventCatalog.of(event.getClass()).type());
            message.put("occurredAt", event.occurredAt().toString());
            message.put("at", at.toString());
            message.set("data", Json.MAPPER.valueToTree(event));
            replay.publish(stream, at, Json.MAPPER.writeValueAsString(message));
        }
    }

    static List<String> streams(PlatterEvent event) {
        var streams = new ArrayList<String>();
        if (event instanceof OrderEvent order) {
            streams.add(Streams.order(order.orderId()));
            if (order instanceof OrderCancelled) {
                streams.add(Streams.restaurant(order.restaurantId()));
            }
        } else if (event instanceof KitchenEvent kitchen) {
            streams.add(Streams.restaurant(kitchen.restaurantId()));
        } else if (event instanceof RiderLocationEvent location) {
            streams.add(Streams.order(location.orderId()));
        } else if (event instanceof DeliveryEvent delivery) {
            if (delivery instanceof DeliveryOffered offered) {
                streams.add(Streams.rider(offered.riderId()));
            } else if (delivery instanceof OfferExpired expired) {
                streams.add(Streams.rider(expired.riderId()));
            } else if (delivery instanceof OfferDeclined declined) {
                streams.add(Streams.rider(declined.riderId()));
            } else {
                // assignment, arrival, pickup, completion, handoff and cancellation: the customer follows them
                streams.add(Streams.order(delivery.orderId()));
                if (delivery instanceof DeliveryCancelled cancelled && cancelled.riderId() != null) {
                    streams.add(Streams.rider(cancelled.riderId()));
                }
            }
        }
        return streams;
    }
}
