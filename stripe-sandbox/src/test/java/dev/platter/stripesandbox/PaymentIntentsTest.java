package dev.platter.stripesandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.stripe.exception.AuthenticationException;
import com.stripe.exception.CardException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.model.Charge;
import com.stripe.param.PaymentIntentCancelParams;
import com.stripe.param.PaymentIntentCaptureParams;
import com.stripe.param.PaymentIntentConfirmParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentRetrieveParams;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentIntentsTest extends SandboxTestSupport {

    @Test
    void createsAManualCaptureIntentWithItsMetadata() throws Exception {
        var intent = stripe.v1().paymentIntents().create(manualIntent("order-margherita-1"));

        assertThat(intent.getId()).startsWith("pi_");
        assertThat(intent.getObject()).isEqualTo("payment_intent");
        assertThat(intent.getStatus()).isEqualTo("requires_payment_method");
        assertThat(intent.getAmount()).isEqualTo(SPICE_GARDEN_THALI);
        assertThat(intent.getCurrency()).isEqualTo("inr");
        assertThat(intent.getCaptureMethod()).isEqualTo("manual");
        assertThat(intent.getMetadata()).containsEntry("order_id", "order-margherita-1");
        assertThat(intent.getClientSecret()).startsWith(intent.getId() + "_secret_");
        assertThat(intent.getAmountCapturable()).isZero();
        assertThat(intent.getAmountReceived()).isZero();
        assertThat(intent.getLatestCharge()).isNull();
        assertThat(intent.getLivemode()).isFalse();
    }

    @Test
    void confirmingWithASucceedingCardWaitsForCapture() throws Exception {
        var intent = authorisedIntent();

        assertThat(intent.getStatus()).isEqualTo("requires_capture");
        assertThat(intent.getAmountCapturable()).isEqualTo(SPICE_GARDEN_THALI);
        assertThat(intent.getAmountReceived()).isZero();
        assertThat(intent.getLatestCharge()).startsWith("ch_");
        assertThat(intent.getPaymentMethod()).startsWith("pm_").isNotEqualTo("pm_card_visa");
        assertThat(intent.getLastPaymentError()).isNull();
        Charge charge = stripe.v1().charges().retrieve(intent.getLatestCharge());
        assertThat(charge.getCaptured()).isFalse();
        assertThat(charge.getStatus()).isEqualTo("succeeded");
        assertThat(charge.getPaymentMethodDetails().getCard().getLast4()).isEqualTo("4242");
    }

    @Test
    void aDeclinedCardIsACardErrorAndTheIntentWantsAnotherPaymentMethod() throws Exception {
        for (var card : List.of("pm_card_chargeDeclined", "pm_card_visa_chargeDeclined")) {
            var intent = stripe.v1().paymentIntents().create(manualIntent("order-declined"));

            var declined = catchThrowableOfType(CardException.class, () -> stripe.v1()
                    .paymentIntents()
                    .confirm(
                            intent.getId(),
                            PaymentIntentConfirmParams.builder()
                                    .setPaymentMethod(card)
                                    .build()));

            assertThat(declined.getStatusCode()).isEqualTo(402);
            assertThat(declined.getCode()).isEqualTo("card_declined");
            assertThat(declined.getDeclineCode()).isEqualTo("generic_decline");
            assertThat(declined.getStripeError().getType()).isEqualTo("card_error");
            assertThat(declined.getStripeError().getPaymentIntent().getId()).isEqualTo(intent.getId());
            var now = stripe.v1().paymentIntents().retrieve(intent.getId());
            assertThat(now.getStatus()).isEqualTo("requires_payment_method");
            assertThat(now.getLastPaymentError().getCode()).isEqualTo("card_declined");
            assertThat(now.getLastPaymentError().getDeclineCode()).isEqualTo("generic_decline");
            assertThat(now.getLastPaymentError().getPaymentMethod().getCard().getLast4())
                    .isEqualTo("0002");
            assertThat(now.getPaymentMethod()).isNull();
            assertThat(stripe.v1().charges().retrieve(now.getLatestCharge()).getStatus())
                    .isEqualTo("failed");
        }
    }

    @Test
    void anIntentDeclinedOnceCanBeConfirmedWithAnotherCard() throws Exception {
        var intent = stripe.v1().paymentIntents().create(manualIntent("order-second-card"));
        catchThrowableOfType(CardException.class, () -> stripe.v1()
                .paymentIntents()
                .confirm(
                        intent.getId(),
                        PaymentIntentConfirmParams.builder()
                                .setPaymentMethod("pm_card_chargeDeclinedInsufficientFunds")
                                .build()));

        var retried = stripe.v1()
                .paymentIntents()
                .confirm(
                        intent.getId(),
                        PaymentIntentConfirmParams.builder()
                                .setPaymentMethod("pm_card_visa")
                                .build());

        assertThat(retried.getStatus()).isEqualTo("requires_capture");
        assertThat(retried.getLastPaymentError()).isNull();
    }

    @Test
    void createsAndConfirmsInOneRequest() throws Exception {
        var intent = stripe.v1()
                .paymentIntents()
                .create(PaymentIntentCreateParams.builder()
                        .setAmount(SPICE_GARDEN_THALI)
                        .setCurrency("inr")
                        .setCaptureMethod(PaymentIntentCreateParams.CaptureMethod.MANUAL)
                        .setPaymentMethod("pm_card_mastercard")
                        .setConfirm(true)
                        .build());

        assertThat(intent.getStatus()).isEqualTo("requires_capture");
        assertThat(intent.getPaymentMethod()).startsWith("pm_").isNotEqualTo("pm_card_mastercard");
        assertThat(stripe.v1()
                        .paymentMethods()
                        .retrieve(intent.getPaymentMethod())
                        .getCard()
                        .getBrand())
                .isEqualTo("mastercard");
    }

    @Test
    void cardsThatNeedAuthenticationRequireAction() throws Exception {
        for (var card : List.of("pm_card_authenticationRequired", "pm_card_threeDSecure2Required")) {
            var intent = stripe.v1().paymentIntents().create(manualIntent("order-3ds"));

            var confirmed = stripe.v1()
                    .paymentIntents()
                    .confirm(
                            intent.getId(),
                            PaymentIntentConfirmParams.builder()
                                    .setPaymentMethod(card)
                                    .build());

            assertThat(confirmed.getStatus()).isEqualTo("requires_action");
            assertThat(confirmed.getNextAction().getType()).isEqualTo("use_stripe_sdk");
            assertThat(confirmed.getAmountCapturable()).isZero();
        }
    }

    @Test
    void theCustomerCompletesOrFailsAuthenticationThroughTheControlApi() throws Exception {
        var passes = stripe.v1().paymentIntents().create(manualIntent("order-3ds-ok"));
        var fails = stripe.v1().paymentIntents().create(manualIntent("order-3ds-fail"));
        for (var intent : List.of(passes, fails)) {
            stripe.v1()
                    .paymentIntents()
                    .confirm(
                            intent.getId(),
                            PaymentIntentConfirmParams.builder()
                                    .setPaymentMethod("pm_card_authenticationRequired")
                                    .build());
        }

        control("POST", "/_sandbox/payment_intents/" + passes.getId() + "/authenticate", "{\"outcome\":\"succeed\"}");
        control("POST", "/_sandbox/payment_intents/" + fails.getId() + "/authenticate", "{\"outcome\":\"fail\"}");

        assertThat(stripe.v1().paymentIntents().retrieve(passes.getId()).getStatus())
                .isEqualTo("requires_capture");
        var failed = stripe.v1().paymentIntents().retrieve(fails.getId());
        assertThat(failed.getStatus()).isEqualTo("requires_payment_method");
        assertThat(failed.getLastPaymentError().getCode()).isEqualTo("payment_intent_authentication_failure");
    }

    @Test
    void capturesTheWholeAuthorisation() throws Exception {
        var intent = authorisedIntent();

        var captured = stripe.v1().paymentIntents().capture(intent.getId());

        assertThat(captured.getStatus()).isEqualTo("succeeded");
        assertThat(captured.getAmountReceived()).isEqualTo(SPICE_GARDEN_THALI);
        assertThat(captured.getAmountCapturable()).isZero();
        var charge = stripe.v1().charges().retrieve(captured.getLatestCharge());
        assertThat(charge.getCaptured()).isTrue();
        assertThat(charge.getAmountCaptured()).isEqualTo(SPICE_GARDEN_THALI);
        assertThat(charge.getAmountRefunded()).isZero();
    }

    @Test
    void capturesPartOfTheAuthorisationAndReleasesTheRest() throws Exception {
        var intent = authorisedIntent();

        var captured = stripe.v1()
                .paymentIntents()
                .capture(
                        intent.getId(),
                        PaymentIntentCaptureParams.builder()
                                .setAmountToCapture(30000L)
                                .build());

        assertThat(captured.getStatus()).isEqualTo("succeeded");
        assertThat(captured.getAmountReceived()).isEqualTo(30000L);
        assertThat(captured.getAmountCapturable()).isZero();
        var charge = stripe.v1().charges().retrieve(captured.getLatestCharge());
        assertThat(charge.getAmountCaptured()).isEqualTo(30000L);
        assertThat(charge.getAmount()).isEqualTo(SPICE_GARDEN_THALI);
        // Since 2025-03-31.basil the released rest is not a refund.
        assertThat(charge.getAmountRefunded()).isZero();
        assertThat(charge.getRefunded()).isFalse();
    }

    @Test
    void refusesToCaptureMoreThanIsCapturableOrTwice() throws Exception {
        var intent = authorisedIntent();

        var tooMuch = catchThrowableOfType(InvalidRequestException.class, () -> stripe.v1()
                .paymentIntents()
                .capture(
                        intent.getId(),
                        PaymentIntentCaptureParams.builder()
                                .setAmountToCapture(SPICE_GARDEN_THALI + 1)
                                .build()));
        assertThat(tooMuch.getStatusCode()).isEqualTo(400);
        assertThat(tooMuch.getCode()).isEqualTo("amount_too_large");
        assertThat(tooMuch.getParam()).isEqualTo("amount_to_capture");

        stripe.v1().paymentIntents().capture(intent.getId());
        var twice = catchThrowableOfType(
                InvalidRequestException.class,
                () -> stripe.v1().paymentIntents().capture(intent.getId()));
        assertThat(twice.getCode()).isEqualTo("payment_intent_unexpected_state");
        assertThat(twice.getStripeError().getPaymentIntent().getStatus()).isEqualTo("succeeded");
    }

    @Test
    void cancelsAnAuthorisedIntent() throws Exception {
        var intent = authorisedIntent();

        var canceled = stripe.v1()
                .paymentIntents()
                .cancel(
                        intent.getId(),
                        PaymentIntentCancelParams.builder()
                                .setCancellationReason(PaymentIntentCancelParams.CancellationReason.ABANDONED)
                                .build());

        assertThat(canceled.getStatus()).isEqualTo("canceled");
        assertThat(canceled.getCancellationReason()).isEqualTo("abandoned");
        assertThat(canceled.getCanceledAt()).isPositive();
        assertThat(canceled.getAmountCapturable()).isZero();
        var charge = stripe.v1().charges().retrieve(canceled.getLatestCharge());
        // Since 2025-03-31.basil a released authorisation is not a refund.
        assertThat(charge.getAmountCaptured()).isZero();
        assertThat(charge.getRefunded()).isFalse();
        assertThat(stripe.v1()
                        .refunds()
                        .list(com.stripe.param.RefundListParams.builder()
                                .setPaymentIntent(intent.getId())
                                .build())
                        .getData())
                .isEmpty();
        var again = catchThrowableOfType(
                InvalidRequestException.class,
                () -> stripe.v1().paymentIntents().cancel(intent.getId()));
        assertThat(again.getCode()).isEqualTo("payment_intent_unexpected_state");
    }

    @Test
    void cancelsAnIntentBeforeConfirmation() throws Exception {
        var intent = stripe.v1().paymentIntents().create(manualIntent("order-cancel-early"));

        var canceled = stripe.v1().paymentIntents().cancel(intent.getId());

        assertThat(canceled.getStatus()).isEqualTo("canceled");
        assertThat(canceled.getLatestCharge()).isNull();
    }

    @Test
    void retrievesTheCurrentStateWithTheLatestChargeExpandedOnRequest() throws Exception {
        var intent = authorisedIntent();
        stripe.v1().paymentIntents().capture(intent.getId());

        var retrieved = stripe.v1()
                .paymentIntents()
                .retrieve(
                        intent.getId(),
                        PaymentIntentRetrieveParams.builder()
                                .addExpand("latest_charge")
                                .build());

        assertThat(retrieved.getStatus()).isEqualTo("succeeded");
        assertThat(retrieved.getAmountReceived()).isEqualTo(SPICE_GARDEN_THALI);
        assertThat(retrieved.getLatestChargeObject().getId()).isEqualTo(intent.getLatestCharge());
        assertThat(retrieved.getLatestChargeObject().getCaptured()).isTrue();
        assertThat(retrieved.getMetadata()).containsKey("order_id");
    }

    @Test
    void anUnknownIntentIsAMissingResource() {
        var missing = catchThrowableOfType(
                InvalidRequestException.class,
                () -> stripe.v1().paymentIntents().retrieve("pi_doesnotexist"));

        assertThat(missing.getStatusCode()).isEqualTo(404);
        assertThat(missing.getCode()).isEqualTo("resource_missing");
    }

    @Test
    void anUnknownPaymentMethodIsAMissingResource() throws Exception {
        var intent = stripe.v1().paymentIntents().create(manualIntent("order-unknown-card"));

        var missing = catchThrowableOfType(InvalidRequestException.class, () -> stripe.v1()
                .paymentIntents()
                .confirm(
                        intent.getId(),
                        PaymentIntentConfirmParams.builder()
                                .setPaymentMethod("pm_nothing")
                                .build()));

        assertThat(missing.getCode()).isEqualTo("resource_missing");
        assertThat(missing.getParam()).isEqualTo("payment_method");
    }

    @Test
    void aMissingAmountIsAnInvalidRequest() {
        var response = call(secretKey, "POST", "/v1/payment_intents", "currency=inr");

        assertThat(response.statusCode()).isEqualTo(400);
        var error = Http.JSON.readTree(response.body()).path("error");
        assertThat(error.path("type").asString()).isEqualTo("invalid_request_error");
        assertThat(error.path("code").asString()).isEqualTo("parameter_missing");
        assertThat(error.path("param").asString()).isEqualTo("amount");
    }

    @Test
    void requestsWithoutASecretKeyAreUnauthorised() {
        var response = call(null, "GET", "/v1/payment_intents", "");

        assertThat(response.statusCode()).isEqualTo(401);
        var error = Http.JSON.readTree(response.body()).path("error");
        assertThat(error.path("type").asString()).isEqualTo("invalid_request_error");
        assertThat(error.path("message").asString()).contains("API key");
        var wrongKind = catchThrowableOfType(
                AuthenticationException.class,
                () -> client("pk_test_publishable").v1().paymentIntents().create(manualIntent("order-x")));
        assertThat(wrongKind.getStatusCode()).isEqualTo(401);
    }

    @Test
    void answersHealth() {
        var response = call(null, "GET", "/actuator/health", "");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.JSON.readTree(response.body()).path("status").asString())
                .isEqualTo("UP");
    }
}
