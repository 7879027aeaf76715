package dev.platter.platform.events.delivery;

import dev.platter.platform.events.EventType;
import java.time.Instant;
import java.util.UUID;

/**
 * The rider could not hand the food over at the door; an admin takes over.
 *
 * @param failedAttempts how many wrong codes were entered
 */
@EventType(value = "HandoffFailed", version = 1)
public record HandoffFailed(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        long version,
        UUID deliveryId,
        UUID riderId,
        UUID restaurantId,
        UUID customerId,
        Reason reason,
        int failedAttempts)
        implements DeliveryEvent {

    /** Why a handoff failed. */
    public enum Reason {
        /** Too many wrong handoff codes were entered. */
        CODE_ATTEMPTS_EXCEEDED,
        /** The customer could not be reached at the door. */
        CUSTOMER_UNREACHABLE
    }
}
