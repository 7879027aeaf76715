package dev.platter.stripesandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import com.stripe.exception.InvalidRequestException;
import com.stripe.model.PaymentIntent;
import com.stripe.param.PaymentIntentCaptureParams;
import com.stripe.param.PaymentIntentConfirmParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.RefundListParams;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RefundsTest extends SandboxTestSupport {

    private PaymentIntent capturedIntent() throws Exception {
        return stripe.v1().paymentIntents().capture(authorisedIntent().getId());
    }

    @Test
    void refundsTheWholePaymentByPaymentIntent() throws Exception {
        var intent = capturedIntent();

        var refund = stripe.v1()
                .refunds()
                .create(RefundCreateParams.builder()
                        .setPaymentIntent(intent.getId())
                        .setReason(RefundCreateParams.Reason.REQUESTED_BY_CUSTOMER)
                        .putMetadata("support_case", "case-cold-biryani")
                        .build());

        assertThat(refund.getId()).startsWith("re_");
        assertThat(refund.getStatus()).isEqualTo("succeeded");
        assertThat(refund.getAmount()).isEqualTo(SPICE_GARDEN_THALI);
        assertThat(refund.getPaymentIntent()).isEqualTo(intent.getId());
        assertThat(refund.getCharge()).isEqualTo(intent.getLatestCharge());
        assertThat(refund.getReason()).isEqualTo("requested_by_customer");
        assertThat(refund.getMetadata()).containsEntry("support_case", "case-cold-biryani");
        var charge = stripe.v1().charges().retrieve(intent.getLatestCharge());
        assertThat(charge.getAmountRefunded()).isEqualTo(SPICE_GARDEN_THALI);
        assertThat(charge.getRefunded()).isTrue();
        assertThat(stripe.v1().refunds().retrieve(refund.getId()).getAmount()).isEqualTo(SPICE_GARDEN_THALI);
    }

    @Test
    void refundsPartiallyUpToWhatWasCapturedAndNeverBeyond() throws Exception {
        var intent = capturedIntent();

        var first = stripe.v1()
                .refunds()
                .create(RefundCreateParams.builder()
                        .setPaymentIntent(intent.getId())
                        .setAmount(10000L)
                        .build());
        var second = stripe.v1()
                .refunds()
                .create(RefundCreateParams.builder()
                        .setPaymentIntent(intent.getId())
                        .setAmount(20000L)
                        .build());
        var tooMuch = catchThrowableOfType(InvalidRequestException.class, () -> stripe.v1()
                .refunds()
                .create(RefundCreateParams.builder()
                        .setPaymentIntent(intent.getId())
                        .setAmount(SPICE_GARDEN_THALI - 30000L + 1)
                        .build()));
        var rest = stripe.v1()
                .refunds()
                .create(RefundCreateParams.builder()
                        .setPaymentIntent(intent.getId())
                        .build());
        var nothingLeft = catchThrowableOfType(InvalidRequestException.class, () -> stripe.v1()
                .refunds()
                .create(RefundCreateParams.builder()
                        .setPaymentIntent(intent.getId())
                        .build()));

        assertThat(first.getAmount()).isEqualTo(10000L);
        assertThat(second.getAmount()).isEqualTo(20000L);
        assertThat(tooMuch.getStatusCode()).isEqualTo(400);
        assertThat(tooMuch.getCode()).isEqualTo("amount_too_large");
        assertThat(tooMuch.getParam()).isEqualTo("amount");
        assertThat(tooMuch.getMessage()).contains("greater than unrefunded amount on charge");
        assertThat(rest.getAmount()).isEqualTo(SPICE_GARDEN_THALI - 30000L);
        assertThat(nothingLeft.getCode()).isEqualTo("charge_already_refunded");
        var refunds = stripe.v1()
                .refunds()
                .list(RefundListParams.builder()
                        .setPaymentIntent(intent.getId())
                        .build());
        assertThat(refunds.getData())
                .extracting(r -> r.getId())
                .containsExactly(rest.getId(), second.getId(), first.getId());
    }

    @Test
    void aPartialCaptureCanOnlyBeRefundedUpToTheCapturedAmount() throws Exception {
        var intent = stripe.v1()
                .paymentIntents()
                .capture(
                        authorisedIntent().getId(),
                        PaymentIntentCaptureParams.builder()
                                .setAmountToCapture(20000L)
                                .build());

        var tooMuch = catchThrowableOfType(InvalidRequestException.class, () -> stripe.v1()
                .refunds()
                .create(RefundCreateParams.builder()
                        .setPaymentIntent(intent.getId())
                        .setAmount(20001L)
                        .build()));
        var whole = stripe.v1()
                .refunds()
                .create(RefundCreateParams.builder()
                        .setPaymentIntent(intent.getId())
                        .build());

        assertThat(tooMuch.getCode()).isEqualTo("amount_too_large");
        assertThat(whole.getAmount()).isEqualTo(20000L);
    }

    @Test
    void anUncapturedPaymentCannotBeRefunded() throws Exception {
        var intent = authorisedIntent();

        var refused = catchThrowableOfType(InvalidRequestException.class, () -> stripe.v1()
                .refunds()
                .create(RefundCreateParams.builder()
                        .setPaymentIntent(intent.getId())
                        .build()));

        assertThat(refused.getStatusCode()).isEqualTo(400);
        assertThat(refused.getCode()).isEqualTo("charge_not_captured");
    }

    @Test
    void aRefundOfTheRefundFailCardFailsAfterItWasCreated() throws Exception {
        var intent = stripe.v1().paymentIntents().create(manualIntent("order-refund-fails"));
        stripe.v1()
                .paymentIntents()
                .confirm(
                        intent.getId(),
                        PaymentIntentConfirmParams.builder()
                                .setPaymentMethod("pm_card_refundFail")
                                .build());
        stripe.v1().paymentIntents().capture(intent.getId());

        var refund = stripe.v1()
                .refunds()
                .create(RefundCreateParams.builder()
                        .setPaymentIntent(intent.getId())
                        .build());

        assertThat(refund.getStatus()).isEqualTo("succeeded");
        await().atMost(Duration.ofSeconds(5))
                .until(() -> stripe.v1().refunds().retrieve(refund.getId()).getStatus(), "failed"::equals);
        assertThat(stripe.v1().refunds().retrieve(refund.getId()).getFailureReason())
                .isEqualTo("expired_or_canceled_card");
        assertThat(stripe.v1()
                        .charges()
                        .retrieve(
                                intent.getLatestCharge() == null
                                        ? stripe.v1()
                                                .paymentIntents()
                                                .retrieve(intent.getId())
                                                .getLatestCharge()
                                        : intent.getLatestCharge())
                        .getAmountRefunded())
                .isZero();
    }
}
