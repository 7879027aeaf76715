package dev.platter.payment.payment;

import static dev.platter.payment.Orders.PANEER_TIKKA_DINNER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.payment.Orders;
import dev.platter.payment.PaymentServiceIT;
import dev.platter.platform.events.PaymentMethod;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A card payment through stripe-java against the sandbox: the intent, its keys, its confirmation, its failures. */
class CardPaymentIT extends PaymentServiceIT {

    @AfterEach
    void disarm() {
        SANDBOX.clearFaults();
    }

    @Test
    void createsAManualCaptureIntentForTheOrderAndReturnsItsClientSecret() {
        var order = Orders.order(UUID.randomUUID(), PaymentMethod.CARD, PANEER_TIKKA_DINNER);

        var payment = paid(order);

        assertThat(payment.get("status").asString()).isEqualTo("PENDING");
        var intentId = payment.get("intentId").asString();
        assertThat(payment.get("clientSecret").asString()).startsWith(intentId + "_secret_");
        var creations = SANDBOX.requests("POST", "/v1/payment_intents").stream()
                .filter(request -> order.orderId()
                        .toString()
                        .equals(request.path("params")
                                .path("metadata")
                                .path("order_id")
                                .asString()))
                .toList();
        assertThat(creations).hasSize(1);
        var params = creations.get(0).path("params");
        assertThat(params.path("amount").asString()).isEqualTo("34950");
        assertThat(params.path("currency").asString()).isEqualTo("inr");
        assertThat(params.path("capture_method").asString()).isEqualTo("manual");
        assertThat(params.path("metadata").path("payment_id").asString())
                .isEqualTo(payment.get("paymentId").asString());
        assertThat(creations.get(0).path("idempotency_key").asString())
                .isEqualTo("platter-pay-" + payment.get("paymentId").asString() + "-create");
    }

    @Test
    void repeatingTheRequestForTheOrderAnswersTheSamePaymentAndMakesNoSecondIntent() {
        var order = Orders.order(UUID.randomUUID(), PaymentMethod.CARD, PANEER_TIKKA_DINNER);
        var first = paid(order);

        var again = createPayment(order);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(body(again).get("paymentId")).isEqualTo(first.get("paymentId"));
        assertThat(body(again).get("intentId")).isEqualTo(first.get("intentId"));
        assertThat(SANDBOX.intentsOfOrder(order.orderId())).hasSize(1);
    }

    @Test
    void refusesAnotherPaymentForTheSameOrderWithOtherTerms() {
        var order = Orders.order(UUID.randomUUID(), PaymentMethod.CARD, PANEER_TIKKA_DINNER);
        paid(order);

        var other = createPayment(new Orders.Order(
                order.orderId(), order.customerId(), PaymentMethod.CARD, Orders.MASALA_DOSA, Orders.inr(0)));

        assertThat(other.statusCode()).isEqualTo(409);
        assertThat(problemType(other)).isEqualTo("https://platter.dev/problems/payment-mismatch");
    }

    @Test
    void aConfirmedCardIsAuthorisedThroughTheSignedWebhookAndPaymentAuthorizedGoesOut() {
        var order = Orders.order(UUID.randomUUID(), PaymentMethod.CARD, PANEER_TIKKA_DINNER);

        var payment = authorisedCard(order);

        var event = awaitPublished(order.orderId(), "PaymentAuthorized");
        assertThat(event.get("paymentId").asString())
                .isEqualTo(payment.get("paymentId").asString());
        assertThat(event.get("method").asString()).isEqualTo("CARD");
        assertThat(event.get("amount").get("amountMinor").asLong()).isEqualTo(34950);
        assertThat(event.get("walletAmount").get("amountMinor").asLong()).isZero();
    }

    @Test
    void aDeclinedCardFailsThePaymentWithTheIssuersCode() {
        var order = Orders.order(UUID.randomUUID(), PaymentMethod.CARD, PANEER_TIKKA_DINNER);
        var payment = paid(order);

        SANDBOX.confirm(payment.get("intentId").asString(), "pm_card_chargeDeclinedInsufficientFunds");

        var failed = awaitStatus(order.orderId(), "FAILED");
        assertThat(failed.get("failureReason").asString()).isEqualTo("CARD_DECLINED");
        var event = awaitPublished(order.orderId(), "PaymentFailed");
        assertThat(event.get("reason").asString()).isEqualTo("CARD_DECLINED");
        assertThat(event.get("providerCode").asString()).isEqualTo("insufficient_funds");
        assertThat(published(order.orderId(), "PaymentAuthorized")).isEmpty();
    }

    @Test
    void aFailedThreeDSecureFailsThePaymentAsAnAuthenticationFailure() {
        var order = Orders.order(UUID.randomUUID(), PaymentMethod.CARD, PANEER_TIKKA_DINNER);
        var intentId = paid(order).get("intentId").asString();
        SANDBOX.confirm(intentId, "pm_card_authenticationRequired");

        SANDBOX.authenticate(intentId, false);

        var failed = awaitStatus(order.orderId(), "FAILED");
        assertThat(failed.get("failureReason").asString()).isEqualTo("AUTHENTICATION_FAILED");
        assertThat(awaitPublished(order.orderId(), "PaymentFailed")
                        .get("reason")
                        .asString())
                .isEqualTo("AUTHENTICATION_FAILED");
    }

    @Test
    void aResponseLostAfterTheIntentWasCreatedIsRetriedWithTheSameKeyAndOneIntentExists() {
        var order = Orders.order(UUID.randomUUID(), PaymentMethod.CARD, PANEER_TIKKA_DINNER);
        // Every attempt stripe-java makes (the first and its two retries) loses its answer.
        SANDBOX.responseFault("POST", "/v1/payment_intents", 3, "close", 0);

        var lost = createPayment(order);
        assertThat(lost.statusCode()).as(lost.body()).isEqualTo(503);
        assertThat(problemType(lost)).isEqualTo("https://platter.dev/problems/payment-provider-unavailable");
        assertThat(SANDBOX.intentsOfOrder(order.orderId()))
                .as("the work was done")
                .hasSize(1);

        var retried = createPayment(order);

        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        var intents = SANDBOX.intentsOfOrder(order.orderId());
        assertThat(intents).hasSize(1);
        assertThat(body(retried).get("intentId").asString())
                .isEqualTo(intents.get(0).get("id").asString());
        var key = "platter-pay-" + body(retried).get("paymentId").asString() + "-create";
        var attempts = SANDBOX.requests("POST", "/v1/payment_intents").stream()
                .filter(request -> key.equals(request.path("idempotency_key").asString()))
                .toList();
        assertThat(attempts).hasSize(4);
        assertThat(attempts.subList(1, 4))
                .allSatisfy(attempt ->
                        assertThat(attempt.path("replayed").asBoolean()).isTrue());
    }

    @Test
    void aResponseThatNeverComesIsRetriedByStripeJavaWithTheSameKey() {
        var order = Orders.order(UUID.randomUUID(), PaymentMethod.CARD, PANEER_TIKKA_DINNER);
        SANDBOX.responseFault("POST", "/v1/payment_intents", 1, "timeout", 5000);

        var payment = paid(order);

        assertThat(SANDBOX.intentsOfOrder(order.orderId())).hasSize(1);
        var key = "platter-pay-" + payment.get("paymentId").asString() + "-create";
        assertThat(SANDBOX.requests("POST", "/v1/payment_intents").stream()
                        .filter(request ->
                                key.equals(request.path("idempotency_key").asString())))
                .hasSizeGreaterThanOrEqualTo(2);
    }
}
