package dev.platter.payment.payment;

import static dev.platter.payment.Orders.PANEER_TIKKA_DINNER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.payment.EventFeed;
import dev.platter.payment.Orders;
import dev.platter.payment.PaymentServiceIT;
import dev.platter.platform.events.PaymentMethod;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Reconciliation repairs what a lost answer or a lost webhook left behind, with a report of what it changed. */
class ReconciliationIT extends PaymentServiceIT {

    @AfterEach
    void disarm() {
        SANDBOX.clearFaults();
    }

    private JsonNode reconcile() {
        var run = post("/api/v1/admin/payments/reconciliations?graceSeconds=0", ADMIN, "");
        assertThat(run.statusCode()).as(run.body()).isEqualTo(201);
        return body(run);
    }

    private static JsonNode changeOf(JsonNode report, UUID orderId) {
        return StreamSupport.stream(report.get("changes").spliterator(), false)
                .filter(change ->
                        orderId.toString().equals(change.get("orderId").asString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No change for order " + orderId + " in " + report));
    }

    @Test
    void aCaptureWhoseAnswerAndWebhookWereLostIsRecordedFromTheProvider() {
        var order = Orders.order(UUID.randomUUID(), PaymentMethod.CARD, PANEER_TIKKA_DINNER);
        var intentId = authorisedCard(order).get("intentId").asString();
        SANDBOX.responseFault("POST", "/v1/payment_intents/" + intentId + "/capture", 3, "close", 0);
        SANDBOX.webhookFault("drop", "payment_intent.succeeded", 1, 1, 0);

        EventFeed.publish(Orders.accepted(order));

        awaitStatus(order.orderId(), "CAPTURE_REQUESTED");
        org.awaitility.Awaitility.await()
                .untilAsserted(
                        () -> assertThat(SANDBOX.intent(intentId).getStatus()).isEqualTo("succeeded"));
        var change = changeOf(reconcile(), order.orderId());
        assertThat(change.get("from").asString()).isEqualTo("CAPTURE_REQUESTED");
        assertThat(change.get("to").asString()).isEqualTo("CAPTURED");
        assertThat(payment(order.orderId()).get("captured").get("amountMinor").asLong())
                .isEqualTo(34950);
        awaitPublished(order.orderId(), "PaymentCaptured");
        assertThat(SANDBOX.requests("POST", "/v1/payment_intents/" + intentId + "/capture"))
                .allSatisfy(request ->
                        assertThat(request.path("idempotency_key").asString()).endsWith("-capture"));
    }

    @Test
    void anIntentWhoseCreationWasNeverAnsweredIsTakenUpWithTheSameKey() {
        var order = Orders.order(UUID.randomUUID(), PaymentMethod.CARD, PANEER_TIKKA_DINNER);
        SANDBOX.responseFault("POST", "/v1/payment_intents", 3, "close", 0);
        assertThat(createPayment(order).statusCode()).isEqualTo(503);

        var change = changeOf(reconcile(), order.orderId());

        assertThat(change.get("action").asString()).contains("idempotency key");
        var payment = payment(order.orderId());
        assertThat(payment.get("intentId").isNull()).isFalse();
        assertThat(SANDBOX.intentsOfOrder(order.orderId())).hasSize(1);
    }

    @Test
    void aPaymentInLineWithTheProviderIsLeftAsItIs() {
        var order = Orders.order(UUID.randomUUID(), PaymentMethod.CARD, PANEER_TIKKA_DINNER);
        authorisedCard(order);

        var report = reconcile();

        assertThat(StreamSupport.stream(report.get("changes").spliterator(), false)
                        .filter(change -> order.orderId()
                                .toString()
                                .equals(change.get("orderId").asString())))
                .isEmpty();
        assertThat(payment(order.orderId()).get("status").asString()).isEqualTo("AUTHORIZED");
    }
}
