package dev.platter.platform.events.restaurant;

import dev.platter.platform.events.EventType;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A restaurant paused or resumed taking orders (on top of its opening hours).
 *
 * @param reason why it paused; {@code null} when it accepts orders again
 * @param pausedUntil when the pause ends by itself; {@code null} if it accepts orders or until resumed by hand
 */
@EventType(value = "RestaurantAvailabilityChanged", version = 1)
public record RestaurantAvailabilityChanged(
        UUID eventId,
        Instant occurredAt,
        UUID restaurantId,
        long version,
        boolean acceptingOrders,
        @Nullable Reason reason,
        @Nullable Instant pausedUntil)
        implements RestaurantEvent {

    /** Why a restaurant stopped taking orders. */
    public enum Reason {
        /** The owner paused it. */
        OWNER_PAUSED,
        /** Paused because too many tickets are open. */
        TOO_BUSY,
        /** Operations paused it. */
        ADMIN_PAUSED
    }
}
