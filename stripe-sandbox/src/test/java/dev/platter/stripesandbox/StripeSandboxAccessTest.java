package dev.platter.stripesandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.stripe.StripeClient;
import com.stripe.net.Webhook;
import com.stripe.param.PaymentIntentConfirmParams;
import com.stripe.param.WebhookEndpointCreateParams;
import dev.platter.platform.test.StripeSandboxAccess;
import dev.platter.platform.test.TestRun;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The helper other modules' tests use, against a sandbox of this test's own. */
class StripeSandboxAccessTest extends SandboxTestSupport {

    @BeforeEach
    void pointTheHelperHere() {
        System.setProperty("platter.test.stripe-api-base", sandbox.apiBase());
    }

    @AfterEach
    void forgetIt() {
        System.clearProperty("platter.test.stripe-api-base");
    }

    @Test
    void namesTheSandboxAndThisRunsKey() {
        assertThat(StripeSandboxAccess.apiBase()).isEqualTo(sandbox.apiBase());
        assertThat(StripeSandboxAccess.secretKey()).isEqualTo("sk_test_" + TestRun.id());
        assertThat(StripeSandboxAccess.account("refunds").key()).isEqualTo("sk_test_" + TestRun.id() + "_refunds");
        assertThat(StripeSandboxAccess.isUp()).isTrue();
        System.clearProperty("platter.test.stripe-api-base");
        assertThat(StripeSandboxAccess.apiBase())
                .isIn(StripeSandboxAccess.DEFAULT_API_BASE, System.getenv("STRIPE_API_BASE"));
    }

    @Test
    void armsFaultsAndReadsTheRequestsOfItsAccount() throws Exception {
        var access = StripeSandboxAccess.account(
                "access_" + UUID.randomUUID().toString().replace("-", ""));
        StripeClient client = client(access.key());
        try (var receiver = new WebhookReceiver()) {
            var endpoint = client.v1()
                    .webhookEndpoints()
                    .create(WebhookEndpointCreateParams.builder()
                            .setUrl(receiver.url())
                            .addEnabledEvent(
                                    WebhookEndpointCreateParams.EnabledEvent.PAYMENT_INTENT__AMOUNT_CAPTURABLE_UPDATED)
                            .build());
            access.duplicateWebhooks(1, "payment_intent.amount_capturable_updated", 2);
            access.dropResponses("POST", "/v1/payment_intents/*/capture", 5);
            assertThat(access.faults().path("responses")).hasSize(1);
            access.clearFaults();
            access.duplicateWebhooks(1, null, 2);

            var intent = client.v1().paymentIntents().create(manualIntent("order-helper"));
            client.v1()
                    .paymentIntents()
                    .confirm(
                            intent.getId(),
                            PaymentIntentConfirmParams.builder()
                                    .setPaymentMethod("pm_card_visa")
                                    .build());

            await().atMost(Duration.ofSeconds(5))
                    .until(() -> receiver.received().size() == 2);
            var event = Webhook.constructEvent(
                    receiver.received().get(0).payload(),
                    receiver.received().get(0).signature(),
                    endpoint.getSecret(),
                    300);
            assertThat(access.deliveries(event.getId())).hasSize(2);
            assertThat(access.requests("POST", "/v1/payment_intents")).hasSize(1);
            assertThat(access.requests(null, "/v1/payment_intents/*/confirm")
                            .get(0)
                            .path("params")
                            .path("payment_method")
                            .asString())
                    .isEqualTo("pm_card_visa");
        }
    }

    @Test
    void completesAuthenticationAsTheCustomer() throws Exception {
        var access = StripeSandboxAccess.of(secretKey);
        var intent = stripe.v1().paymentIntents().create(manualIntent("order-helper-3ds"));
        stripe.v1()
                .paymentIntents()
                .confirm(
                        intent.getId(),
                        PaymentIntentConfirmParams.builder()
                                .setPaymentMethod("pm_card_threeDSecure2Required")
                                .build());

        var authenticated = access.authenticate(intent.getId(), true);

        assertThat(authenticated.path("status").asString()).isEqualTo("requires_capture");
    }
}
