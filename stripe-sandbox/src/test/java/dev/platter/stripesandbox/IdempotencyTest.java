package dev.platter.stripesandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.CardException;
import com.stripe.exception.IdempotencyException;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentConfirmParams;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class IdempotencyTest extends SandboxTestSupport {

    private static RequestOptions key(String key) {
        return RequestOptions.builder().setIdempotencyKey(key).build();
    }

    @Test
    void replaysTheSameResponseForARepeatedIdempotencyKey() throws Exception {
        var key = "checkout-" + UUID.randomUUID();

        var first = stripe.v1().paymentIntents().create(manualIntent("order-paneer"), key(key));
        var second = stripe.v1().paymentIntents().create(manualIntent("order-paneer"), key(key));

        assertThat(second.getId()).isEqualTo(first.getId());
        assertThat(second.getLastResponse().body())
                .isEqualTo(first.getLastResponse().body());
        assertThat(second.getLastResponse().headers().firstValue("Idempotent-Replayed"))
                .hasValue("true");
        assertThat(second.getLastResponse().requestId())
                .isEqualTo(first.getLastResponse().requestId());
        assertThat(stripe.v1().paymentIntents().list().getData()).hasSize(1);
    }

    @Test
    void theSameKeyWithOtherParametersIsAnIdempotencyError() throws Exception {
        var key = "checkout-" + UUID.randomUUID();
        stripe.v1().paymentIntents().create(manualIntent("order-dosa"), key(key));

        var mismatch = catchThrowableOfType(
                IdempotencyException.class,
                () -> stripe.v1().paymentIntents().create(manualIntent("order-idli"), key(key)));

        assertThat(mismatch.getStatusCode()).isEqualTo(400);
        assertThat(mismatch.getStripeError().getType()).isEqualTo("idempotency_error");
        assertThat(mismatch.getMessage()).contains("same parameters");
        assertThat(stripe.v1().paymentIntents().list().getData()).hasSize(1);
    }

    @Test
    void aCardErrorIsReplayedToo() throws Exception {
        var intent = stripe.v1().paymentIntents().create(manualIntent("order-declined-twice"));
        var params = PaymentIntentConfirmParams.builder()
                .setPaymentMethod("pm_card_chargeDeclined")
                .build();
        var key = "confirm-" + UUID.randomUUID();

        var first = catchThrowableOfType(
                CardException.class, () -> stripe.v1().paymentIntents().confirm(intent.getId(), params, key(key)));
        var second = catchThrowableOfType(
                CardException.class, () -> stripe.v1().paymentIntents().confirm(intent.getId(), params, key(key)));

        assertThat(second.getRequestId()).isEqualTo(first.getRequestId());
        assertThat(second.getCharge()).isEqualTo(first.getCharge());
        var confirms = control("GET", "/_sandbox/requests?path=/v1/payment_intents/" + intent.getId() + "/confirm")
                .path("data");
        assertThat(confirms).hasSize(2);
        assertThat(confirms.get(1).path("replayed").asBoolean()).isTrue();
    }

    @Test
    void aValidationErrorSavesNothingForTheKey() throws Exception {
        var key = "checkout-" + UUID.randomUUID();
        var invalid = call(secretKey, "POST", "/v1/payment_intents", "currency=inr", key);
        var valid = stripe.v1().paymentIntents().create(manualIntent("order-after-fix"), key(key));

        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(valid.getStatus()).isEqualTo("requires_payment_method");
    }

    @Test
    void aClosedConnectionAfterTheWorkIsRecoveredByRetryingWithTheSameKey() throws Exception {
        // count 2: HttpURLConnection (stripe-java's transport) silently sends a POST once more when the connection
        // ends without an answer, so the first call loses both answers.
        control(
                "POST",
                "/_sandbox/faults/responses",
                "{\"method\":\"POST\",\"path\":\"/v1/payment_intents\",\"count\":2}");
        var key = "checkout-" + UUID.randomUUID();

        var lost = catchThrowableOfType(
                ApiConnectionException.class,
                () -> stripe.v1().paymentIntents().create(manualIntent("order-lost-answer"), key(key)));
        var retried = stripe.v1().paymentIntents().create(manualIntent("order-lost-answer"), key(key));

        assertThat(lost).isNotNull();
        var intents = stripe.v1().paymentIntents().list().getData();
        assertThat(intents).extracting(i -> i.getId()).containsExactly(retried.getId());
        JsonNode creates = control(
                        "GET", "/_sandbox/requests?method=POST&path=/v1/payment_intents&idempotency_key=" + key)
                .path("data");
        assertThat(creates).hasSize(3);
        assertThat(creates.get(0).path("replayed").asBoolean()).isFalse();
        assertThat(creates.get(1).path("replayed").asBoolean()).isTrue();
        assertThat(creates.get(2).path("replayed").asBoolean()).isTrue();
    }

    @Test
    void theTransportsSilentRepostOfAClosedConnectionReplaysWhenTheRequestHasAKey() throws Exception {
        control("POST", "/_sandbox/faults/responses", "{\"method\":\"POST\",\"path\":\"/v1/payment_intents\"}");
        var key = "checkout-" + UUID.randomUUID();

        var intent = stripe.v1().paymentIntents().create(manualIntent("order-reposted"), key(key));

        assertThat(stripe.v1().paymentIntents().list().getData())
                .extracting(i -> i.getId())
                .containsExactly(intent.getId());
        var creates = control("GET", "/_sandbox/requests?method=POST&path=/v1/payment_intents")
                .path("data");
        assertThat(creates).hasSize(2);
        assertThat(creates.get(1).path("replayed").asBoolean()).isTrue();
    }

    @Test
    void stripeJavaSendsAKeyOfItsOwnSoEvenAnUnkeyedCreateIsRepostedSafely() throws Exception {
        control("POST", "/_sandbox/faults/responses", "{\"method\":\"POST\",\"path\":\"/v1/payment_intents\"}");

        var intent = stripe.v1().paymentIntents().create(manualIntent("order-unkeyed"));

        assertThat(stripe.v1().paymentIntents().list().getData())
                .extracting(i -> i.getId())
                .containsExactly(intent.getId());
        var creates = control("GET", "/_sandbox/requests?method=POST&path=/v1/payment_intents")
                .path("data");
        assertThat(creates).hasSize(2);
        var generated = creates.get(0).path("idempotency_key").asString();
        assertThat(generated).isNotBlank();
        assertThat(creates.get(1).path("idempotency_key").asString()).isEqualTo(generated);
    }

    @Test
    void aTimedOutResponseIsRetriedByStripeJavaWithTheSameKeyAndGetsTheOriginalIntent() throws Exception {
        control(
                "POST",
                "/_sandbox/faults/responses",
                "{\"method\":\"POST\",\"path\":\"/v1/payment_intents\",\"mode\":\"timeout\",\"holdMillis\":5000}");
        var retrying = StripeClient.builder()
                .setApiKey(secretKey)
                .setApiBase(sandbox.apiBase())
                .setReadTimeout(700)
                .setMaxNetworkRetries(2)
                .build();

        var intent = retrying.v1().paymentIntents().create(manualIntent("order-slow-answer"));

        var intents = stripe.v1().paymentIntents().list().getData();
        assertThat(intents).extracting(i -> i.getId()).containsExactly(intent.getId());
        JsonNode creates = control("GET", "/_sandbox/requests?method=POST&path=/v1/payment_intents")
                .path("data");
        assertThat(creates).hasSize(2);
        var keyUsed = creates.get(0).path("idempotency_key").asString();
        assertThat(keyUsed).isNotBlank();
        assertThat(creates.get(1).path("idempotency_key").asString()).isEqualTo(keyUsed);
        assertThat(creates.get(1).path("replayed").asBoolean()).isTrue();
        assertThat(control("GET", "/_sandbox/faults").path("responses")).isEmpty();
    }

    @Test
    void aDroppedResponseOfAnotherPathIsNotDropped() throws Exception {
        control(
                "POST",
                "/_sandbox/faults/responses",
                "{\"method\":\"POST\",\"path\":\"/v1/payment_intents/*/capture\"}");

        var intent = stripe.v1().paymentIntents().create(manualIntent("order-capture-lost"));

        assertThat(intent.getId()).startsWith("pi_");
        assertThat(control("GET", "/_sandbox/faults").path("responses")).hasSize(1);
    }
}
