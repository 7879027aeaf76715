package dev.platter.platform.events.order;

import dev.platter.platform.events.EventType;
import dev.platter.platform.events.Money;
import dev.platter.platform.events.PaymentMethod;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The order was cancelled before pickup (CANCELLED), with the refund decided: payment-service voids, captures only
 * what is kept, or refunds accordingly.
 *
 * @param cancelledFrom the status the order was in
 * @param cancelledByUserId the customer or admin who cancelled, {@code null} when the system did
 * @param note free words from whoever cancelled, if any
 * @param total what the order cost the customer
 * @param refund how much of the total goes back to the customer
 */
@EventType(value = "OrderCancelled", version = 1)
public record OrderCancelled(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        long version,
        UUID customerId,
        UUID restaurantId,
        Status cancelledFrom,
        CancelledBy cancelledBy,
        @Nullable UUID cancelledByUserId,
        Reason reason,
        @Nullable String note,
        PaymentMethod paymentMethod,
        Money total,
        Refund refund)
        implements OrderEvent {

    public OrderCancelled {
        if (!refund.amount().currency().equals(total.currency())
                || refund.amount().amountMinor() > total.amountMinor()) {
            throw new IllegalArgumentException("The refund " + refund + " cannot exceed the total " + total);
        }
        if (refund.type() == Refund.Type.FULL && !refund.amount().equals(total)) {
            throw new IllegalArgumentException("A full refund is the total " + total + ", was " + refund.amount());
        }
        if (refund.type() == Refund.Type.PARTIAL && refund.amount().equals(total)) {
            throw new IllegalArgumentException("A refund of the whole total " + total + " is FULL, not PARTIAL");
        }
    }

    /** The statuses an order can be cancelled from. */
    public enum Status {
        /** Checked out, payment not yet secured. */
        PENDING_PAYMENT,
        /** Paid, waiting for the restaurant. */
        PLACED,
        /** Accepted by the restaurant (an admin cancels). */
        ACCEPTED,
        /** Being cooked (an admin cancels). */
        PREPARING,
        /** Waiting for the rider (an admin cancels). */
        READY_FOR_PICKUP
    }

    /** Who cancelled. */
    public enum CancelledBy {
        /** The customer, before the restaurant accepted. */
        CUSTOMER,
        /** Operations staff. */
        ADMIN,
        /** Platter itself: payment failed, refused or expired. */
        SYSTEM
    }

    /** Why the order was cancelled. */
    public enum Reason {
        /** The customer changed their mind. */
        CUSTOMER_REQUEST,
        /** The payment was declined or failed. */
        PAYMENT_FAILED,
        /** The payment was not authorised in time. */
        PAYMENT_EXPIRED,
        /** payment-service refused to create the payment (promo used up, wallet balance too low). */
        PAYMENT_REFUSED,
        /** No rider could be found. */
        NO_RIDER_AVAILABLE,
        /** The restaurant cannot fulfil the accepted order. */
        RESTAURANT_ISSUE,
        /** Anything else, see the note. */
        OTHER
    }

    /**
     * The refund decided with the cancellation.
     *
     * @param amount what goes back to the customer: the total when FULL, zero when NONE
     */
    public record Refund(Type type, Money amount) {

        public Refund {
            boolean consistent =
                    switch (type) {
                        case NONE -> amount.amountMinor() == 0;
                        case PARTIAL -> amount.amountMinor() > 0;
                        case FULL -> amount.amountMinor() >= 0;
                    };
            if (!consistent) {
                throw new IllegalArgumentException("A " + type + " refund cannot be " + amount);
            }
        }

        /** Everything back: voids what is not captured, refunds what is. */
        public static Refund full(Money total) {
            return new Refund(Type.FULL, total);
        }

        /** Part back: the rest is captured (or kept, if already captured). */
        public static Refund partial(Money amount) {
            return new Refund(Type.PARTIAL, amount);
        }

        /** Nothing back: the whole total is captured (or kept). */
        public static Refund none(String currency) {
            return new Refund(Type.NONE, Money.zero(currency));
        }

        /** How much is refunded. */
        public enum Type {
            /** Nothing. */
            NONE,
            /** An amount less than the total. */
            PARTIAL,
            /** The whole total. */
            FULL
        }
    }
}
