package dev.platter.platform.events.payment;

import dev.platter.platform.events.EventType;
import dev.platter.platform.events.Money;
import dev.platter.platform.events.PaymentMethod;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The order's payment could not be secured; any wallet amount reserved for it is released.
 *
 * @param amount the amount that was to be secured
 * @param providerCode the payment provider's decline code, e.g. {@code insufficient_funds}, if it gave one
 */
@EventType(value = "PaymentFailed", version = 1)
public record PaymentFailed(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        long version,
        UUID paymentId,
        UUID customerId,
        PaymentMethod method,
        Money amount,
        Reason reason,
        @Nullable String providerCode)
        implements PaymentEvent {

    /** Why a payment failed. */
    public enum Reason {
        /** The card issuer declined. */
        CARD_DECLINED,
        /** The customer did not complete authentication (3-D Secure). */
        AUTHENTICATION_FAILED,
        /** The payment provider failed. */
        PROCESSING_ERROR
    }
}
