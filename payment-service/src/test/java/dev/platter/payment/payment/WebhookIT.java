package dev.platter.payment.payment;

import static dev.platter.payment.Orders.PANEER_TIKKA_DINNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.platter.payment.Orders;
import dev.platter.payment.PaymentServiceIT;
import dev.platter.payment.provider.WebhookSecrets;
import dev.platter.platform.events.PaymentMethod;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Stripe's webhooks: only a valid, fresh signature is heard; an event has its effect once and never moves back. */
class WebhookIT extends PaymentServiceIT {

    @Autowired
    WebhookSecrets secrets;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void disarm() {
        SANDBOX.clearFaults();
    }

    /** A card payment the customer confirmed, whose authorisation webhook the sandbox dropped. */
    private record Unheard(Orders.Order order, String intentId) {}

    private Unheard authorisedButUnheard() {
        var order = Orders.order(UUID.randomUUID(), PaymentMethod.CARD, PANEER_TIKKA_DINNER);
        var intentId = paid(order).get("intentId").asString();
        SANDBOX.webhookFault("drop", "payment_intent.amount_capturable_updated", 1, 1, 0);
        SANDBOX.confirm(intentId, "pm_card_visa");
        assertThat(SANDBOX.intent(intentId).getStatus()).isEqualTo("requires_capture");
        return new Unheard(order, intentId);
    }

    private static String event(String eventId, String type, String intentId, String status) {
        return JSON.writeValueAsString(Map.of(
                "id",
                eventId,
                "object",
                "event",
                "api_version",
                "2026-01-28.clover",
                "created",
                Instant.now().getEpochSecond(),
                "type",
                type,
                "livemode",
                false,
                "data",
                Map.of("object", Map.of("id", intentId, "object", "payment_intent", "status", status))));
    }

    private static String sign(String secret, String payload, long timestamp) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            var signature =
                    HexFormat.of().formatHex(mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8)));
            return "t=" + timestamp + ",v1=" + signature;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private java.net.http.HttpResponse<String> deliver(String payload, String signature) {
        var request = request("/webhooks/stripe").header("Content-Type", "application/json; charset=utf-8");
        if (signature != null) {
            request.header("Stripe-Signature", signature);
        }
        return send(request.POST(json(payload)));
    }

    private int recorded(String eventId) {
        return jdbc.queryForObject("select count(*) from provider_events where event_id = ?", Integer.class, eventId);
    }

    @Test
    void aValidSignedEventIsApplied() {
        var unheard = authorisedButUnheard();
        var eventId = "evt_" + UUID.randomUUID().toString().replace("-", "");
        var payload =
                event(eventId, "payment_intent.amount_capturable_updated", unheard.intentId(), "requires_capture");

        var response =
                deliver(payload, sign(secrets.secret(), payload, Instant.now().getEpochSecond()));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(payment(unheard.order().orderId()).get("status").asString()).isEqualTo("AUTHORIZED");
        assertThat(recorded(eventId)).isEqualTo(1);
    }

    @Test
    void refusesATamperedBodyAWrongSecretAMissingHeaderAndAStaleTimestampAndChangesNothing() {
        var unheard = authorisedButUnheard();
        var eventId = "evt_" + UUID.randomUUID().toString().replace("-", "");
        var payload =
                event(eventId, "payment_intent.amount_capturable_updated", unheard.intentId(), "requires_capture");
        long now = Instant.now().getEpochSecond();

        var tampered = deliver(payload.replace("requires_capture", "succeeded"), sign(secrets.secret(), payload, now));
        var wrongSecret = deliver(payload, sign("whsec_" + "0".repeat(64), payload, now));
        var missing = deliver(payload, null);
        var stale = deliver(payload, sign(secrets.secret(), payload, now - 600));

        for (var refused : java.util.List.of(tampered, wrongSecret, missing, stale)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertThat(problemType(refused)).isEqualTo("https://platter.dev/problems/webhook-signature-invalid");
        }
        assertThat(recorded(eventId)).isZero();
        assertThat(payment(unheard.order().orderId()).get("status").asString()).isEqualTo("PENDING");
        assertThat(published(unheard.order().orderId(), "PaymentAuthorized")).isEmpty();
    }

    @Test
    void theSameEventDeliveredThreeTimesAtOnceHasItsEffectOnce() {
        var order = Orders.order(UUID.randomUUID(), PaymentMethod.CARD, PANEER_TIKKA_DINNER);
        var intentId = paid(order).get("intentId").asString();
        SANDBOX.webhookFault("duplicate", "payment_intent.amount_capturable_updated", 1, 3, 0);

        SANDBOX.confirm(intentId, "pm_card_visa");

        awaitStatus(order.orderId(), "AUTHORIZED");
        var eventId = SANDBOX.events("payment_intent.amount_capturable_updated").stream()
                .filter(event -> intentId.equals(
                        event.path("data").path("object").path("id").asString()))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asString();
        await().untilAsserted(() -> assertThat(SANDBOX.deliveries(eventId).stream()
                        .filter(attempt -> attempt.path("status").asInt() == 200))
                .hasSize(3));
        awaitPublished(order.orderId(), "PaymentAuthorized");
        assertThat(published(order.orderId(), "PaymentAuthorized")).hasSize(1);
        assertThat(recorded(eventId)).isEqualTo(1);
    }

    @Test
    void anOldEventArrivingLateNeverMovesThePaymentBackwards() {
        var order = Orders.order(UUID.randomUUID(), PaymentMethod.CARD, PANEER_TIKKA_DINNER);
        var intentId = authorisedCard(order).get("intentId").asString();
        var eventId = "evt_" + UUID.randomUUID().toString().replace("-", "");
        // What the intent said before it was authorised: a failed first attempt.
        var payload = event(eventId, "payment_intent.payment_failed", intentId, "requires_payment_method");

        var response =
                deliver(payload, sign(secrets.secret(), payload, Instant.now().getEpochSecond()));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(payment(order.orderId()).get("status").asString()).isEqualTo("AUTHORIZED");
        assertThat(published(order.orderId(), "PaymentFailed")).isEmpty();
    }

    @Test
    void aWebhookNeverDeliveredIsRepairedByReconciliation() {
        var unheard = authorisedButUnheard();

        var run = post("/api/v1/admin/payments/reconciliations?graceSeconds=0", ADMIN, "");

        assertThat(run.statusCode()).as(run.body()).isEqualTo(201);
        var change = java.util.stream.StreamSupport.stream(
                        body(run).get("changes").spliterator(), false)
                .filter(candidate -> unheard.order()
                        .orderId()
                        .toString()
                        .equals(candidate.get("orderId").asString()))
                .findFirst()
                .orElseThrow();
        assertThat(change.get("from").asString()).isEqualTo("PENDING");
        assertThat(change.get("to").asString()).isEqualTo("AUTHORIZED");
        assertThat(payment(unheard.order().orderId()).get("status").asString()).isEqualTo("AUTHORIZED");
        awaitPublished(unheard.order().orderId(), "PaymentAuthorized");
        var report = get(
                "/api/v1/admin/payments/reconciliations/"
                        + body(run).get("runId").asString(),
                ADMIN);
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(body(report).get("changes").size())
                .isEqualTo(body(run).get("changes").size());
    }

    @Test
    void onlyAdminsTriggerReconciliation() {
        var customer = dev.platter.platform.test.TestTokens.forRoles("CUSTOMER");
        assertThat(post("/api/v1/admin/payments/reconciliations", customer, "").statusCode())
                .isEqualTo(403);
    }
}
