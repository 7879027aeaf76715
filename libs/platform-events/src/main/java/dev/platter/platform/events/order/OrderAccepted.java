package dev.platter.platform.events.order;

import dev.platter.platform.events.Address;
import dev.platter.platform.events.EventType;
import dev.platter.platform.events.Money;
import dev.platter.platform.events.PaymentMethod;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The restaurant accepted the order (ACCEPTED): carries everything delivery-service needs to create its delivery.
 *
 * @param pickupAddress the restaurant's address and coordinates
 * @param customerPhone E.164, for the rider to reach the customer, if known
 * @param deliveryAddress the drop-off address and coordinates
 * @param readyAt when the restaurant expects the food to be ready
 * @param handoffCode the 4-digit code the customer gives the rider at the door. Secret: only the customer's own order
 *     view and notifications, and delivery-service's check, may use it; never a rider-facing response or event
 * @param total what the order costs the customer
 * @param cashToCollect what the rider collects at the door (zero unless paid by cash)
 * @param itemCount how many items the rider picks up
 */
@EventType(value = "OrderAccepted", version = 1)
public record OrderAccepted(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        long version,
        UUID customerId,
        UUID restaurantId,
        String restaurantName,
        Address pickupAddress,
        String customerName,
        @Nullable String customerPhone,
        Address deliveryAddress,
        @Nullable String deliveryInstructions,
        int prepMinutes,
        Instant readyAt,
        String handoffCode,
        PaymentMethod paymentMethod,
        Money total,
        Money cashToCollect,
        int itemCount)
        implements OrderEvent {

    public OrderAccepted {
        if (!handoffCode.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("The handoff code has 4 digits");
        }
        if (itemCount < 1) {
            throw new IllegalArgumentException("An order has at least one item, was " + itemCount);
        }
    }

    @Override
    public String toString() {
        return "OrderAccepted[orderId=" + orderId + ", version=" + version + ", eventId=" + eventId
                + ", handoffCode=****]";
    }
}
