package dev.platter.platform.events.payment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.platter.platform.events.PlatterEvent;
import java.util.UUID;

/**
 * Events of an order's payment, published on {@code platter.payments.v1} keyed by order id; {@code version} is the
 * payment's. Amounts are the whole of the payment's movement, card (or cash) and wallet parts together, with the wallet
 * part also given on its own.
 */
public sealed interface PaymentEvent extends PlatterEvent
        permits PaymentAuthorized, PaymentFailed, PaymentCaptured, PaymentVoided, RefundSucceeded, RefundFailed {

    UUID orderId();

    UUID paymentId();

    UUID customerId();

    @Override
    @JsonIgnore
    default String aggregateId() {
        return orderId().toString();
    }
}
