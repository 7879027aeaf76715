package dev.platter.payment.provider;

import com.stripe.model.PaymentIntent;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A PaymentIntent as the provider has it now, reduced to what a payment's state depends on.
 *
 * @param errorCode the code of the last payment error, e.g. {@code card_declined}
 * @param declineCode the issuer's decline code, e.g. {@code insufficient_funds}
 */
public record IntentSnapshot(
        String id,
        String status,
        long amount,
        long amountCapturable,
        long amountReceived,
        @Nullable String clientSecret,
        @Nullable String errorCode,
        @Nullable String declineCode,
        Map<String, String> metadata) {

    public static IntentSnapshot of(PaymentIntent intent) {
        var error = intent.getLastPaymentError();
        return new IntentSnapshot(
                intent.getId(),
                intent.getStatus(),
                value(intent.getAmount()),
                value(intent.getAmountCapturable()),
                value(intent.getAmountReceived()),
                intent.getClientSecret(),
                error == null ? null : error.getCode(),
                error == null ? null : error.getDeclineCode(),
                intent.getMetadata() == null ? Map.of() : Map.copyOf(intent.getMetadata()));
    }

    private static long value(@Nullable Long value) {
        return value == null ? 0 : value;
    }

    public boolean requiresCapture() {
        return "requires_capture".equals(status);
    }

    public boolean succeeded() {
        return "succeeded".equals(status);
    }

    public boolean canceled() {
        return "canceled".equals(status);
    }

    /** The last confirmation failed and the intent waits for another payment method. */
    public boolean failed() {
        return "requires_payment_method".equals(status) && errorCode != null;
    }

    /** Whether the intent can still be cancelled. */
    public boolean cancelable() {
        return !succeeded() && !canceled();
    }
}
