package dev.platter.payment.payment;

import dev.platter.platform.events.Money;
import dev.platter.platform.events.PaymentMethod;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A payment as its callers see it.
 *
 * @param clientSecret what the app confirms the card with (CARD only); never any card data
 */
public record PaymentView(
        UUID paymentId,
        UUID orderId,
        UUID customerId,
        PaymentMethod method,
        PaymentStatus status,
        Money amount,
        Money cardAmount,
        Money walletAmount,
        Money captured,
        Money refunded,
        @Nullable String promoCode,
        Money discount,
        @Nullable String intentId,
        @Nullable String clientSecret,
        @Nullable String failureReason,
        @Nullable String failureCode,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    static PaymentView of(Payment payment) {
        return new PaymentView(
                payment.id(),
                payment.orderId(),
                payment.customerId(),
                payment.method(),
                payment.status(),
                payment.total(),
                payment.card(),
                payment.wallet(),
                payment.money(payment.cardCapturedMinor() + payment.walletCapturedMinor()),
                payment.money(payment.cardRefundedMinor() + payment.walletRefundedMinor()),
                payment.promoCode(),
                payment.money(payment.discountMinor()),
                payment.intentId(),
                payment.clientSecret(),
                payment.failureReason() == null ? null : payment.failureReason().name(),
                payment.failureCode(),
                payment.createdAt(),
                payment.updatedAt(),
                payment.version());
    }
}
