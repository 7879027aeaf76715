package dev.platter.payment.provider;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.ApiException;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.StripeException;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCancelParams;
import com.stripe.param.PaymentIntentCaptureParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import dev.platter.platform.events.Money;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one provider implementation: stripe-java. Every mutating call carries the idempotency key stored with the
 * attempt before the first call, so a retry (ours, stripe-java's, or reconciliation's) never does the work twice.
 * Calls are never made inside a database transaction.
 */
@Component
public class StripeGateway {

    private static final Logger log = LoggerFactory.getLogger(StripeGateway.class);

    private final StripeClient stripe;

    StripeGateway(StripeClient stripe) {
        this.stripe = stripe;
    }

    /** A PaymentIntent with manual capture for the card part of an order. */
    public IntentSnapshot createIntent(
            UUID paymentId, UUID orderId, UUID customerId, Money amount, String idempotencyKey) {
        var params = PaymentIntentCreateParams.builder()
                .setAmount(amount.amountMinor())
                .setCurrency(amount.currency().toLowerCase(Locale.ROOT))
                .setCaptureMethod(PaymentIntentCreateParams.CaptureMethod.MANUAL)
                .addPaymentMethodType("card")
                .putMetadata("order_id", orderId.toString())
                .putMetadata("payment_id", paymentId.toString())
                .putMetadata("customer_id", customerId.toString())
                .setDescription("Platter order " + orderId)
                .build();
        return call(
                "create intent for payment " + paymentId,
                () -> IntentSnapshot.of(stripe.v1().paymentIntents().create(params, options(idempotencyKey))));
    }

    public IntentSnapshot retrieveIntent(String intentId) {
        return call(
                "retrieve intent " + intentId,
                () -> IntentSnapshot.of(stripe.v1().paymentIntents().retrieve(intentId)));
    }

    public IntentSnapshot capture(String intentId, long amountMinor, String idempotencyKey) {
        var params = PaymentIntentCaptureParams.builder()
                .setAmountToCapture(amountMinor)
                .build();
        return call(
                "capture intent " + intentId,
                () -> IntentSnapshot.of(
                        stripe.v1().paymentIntents().capture(intentId, params, options(idempotencyKey))));
    }

    public IntentSnapshot cancel(String intentId, String idempotencyKey) {
        var params = PaymentIntentCancelParams.builder().build();
        return call(
                "cancel intent " + intentId,
                () -> IntentSnapshot.of(
                        stripe.v1().paymentIntents().cancel(intentId, params, options(idempotencyKey))));
    }

    /** A refund of part of a captured intent; answers the provider's refund id. */
    public String refund(String intentId, UUID refundId, long amountMinor, String idempotencyKey) {
        var params = RefundCreateParams.builder()
                .setPaymentIntent(intentId)
                .setAmount(amountMinor)
                .putMetadata("refund_id", refundId.toString())
                .build();
        return call("refund " + refundId, () -> stripe.v1()
                .refunds()
                .create(params, options(idempotencyKey))
                .getId());
    }

    private static RequestOptions options(String idempotencyKey) {
        return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
    }

    private interface Call<T> {
        T run() throws StripeException;
    }

    private static <T> T call(String what, Call<T> call) {
        try {
            return call.run();
        } catch (ApiConnectionException | ApiException | AuthenticationException | IdempotencyException e) {
            // No answer, the provider's own failure, throttling, our key refused, or the same idempotency key still
            // in flight elsewhere: nothing we send differently fixes it; the stored attempt is retried later with
            // the same idempotency key.
            log.warn("Payment provider unavailable to {}: {}", what, e.getMessage());
            throw new ProviderUnavailable("The payment provider could not " + what, e);
        } catch (StripeException e) {
            throw new ProviderRefused(e.getMessage(), e.getCode(), e);
        }
    }
}
