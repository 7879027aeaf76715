package dev.platter.platform.events.delivery;

import dev.platter.platform.events.EventType;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The delivery was called off (CANCELLED); an assigned rider is told to stop.
 *
 * @param riderId the rider who was assigned or offered it, if any
 */
@EventType(value = "DeliveryCancelled", version = 1)
public record DeliveryCancelled(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        long version,
        UUID deliveryId,
        @Nullable UUID riderId,
        UUID restaurantId,
        UUID customerId,
        Reason reason)
        implements DeliveryEvent {

    /** Why a delivery was cancelled. */
    public enum Reason {
        /** The order was cancelled. */
        ORDER_CANCELLED,
        /** Operations cancelled the delivery. */
        ADMIN
    }
}
