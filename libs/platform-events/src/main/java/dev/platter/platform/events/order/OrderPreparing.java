package dev.platter.platform.events.order;

import dev.platter.platform.events.EventType;
import java.time.Instant;
import java.util.UUID;

/**
 * The restaurant started cooking the order (PREPARING).
 *
 * @param readyAt when the food should be ready, as now estimated
 */
@EventType(value = "OrderPreparing", version = 1)
public record OrderPreparing(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        long version,
        UUID customerId,
        UUID restaurantId,
        Instant readyAt)
        implements OrderEvent {}
