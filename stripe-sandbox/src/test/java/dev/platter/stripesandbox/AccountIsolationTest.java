package dev.platter.stripesandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import com.stripe.StripeClient;
import com.stripe.exception.InvalidRequestException;
import com.stripe.net.RequestOptions;
import com.stripe.param.WebhookEndpointCreateParams;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Each secret key is an account of its own: two test runs sharing the sandbox never see each other's world. */
class AccountIsolationTest extends SandboxTestSupport {

    @Test
    void twoKeysDoNotSeeEachOthersObjectsEventsWebhooksOrFaults() throws Exception {
        var otherKey = newSecretKey();
        StripeClient other = client(otherKey);
        try (var mine = new WebhookReceiver();
                var theirs = new WebhookReceiver()) {
            var myEndpoint = stripe.v1()
                    .webhookEndpoints()
                    .create(WebhookEndpointCreateParams.builder()
                            .setUrl(mine.url())
                            .addEnabledEvent(WebhookEndpointCreateParams.EnabledEvent.ALL)
                            .build());
            other.v1()
                    .webhookEndpoints()
                    .create(WebhookEndpointCreateParams.builder()
                            .setUrl(theirs.url())
                            .addEnabledEvent(WebhookEndpointCreateParams.EnabledEvent.ALL)
                            .build());
            call(otherKey, "POST", "/_sandbox/faults/webhooks", "{\"action\":\"drop\",\"count\":100}");

            var intent = authorisedIntent();

            var missing = catchThrowableOfType(
                    InvalidRequestException.class,
                    () -> other.v1().paymentIntents().retrieve(intent.getId()));
            assertThat(missing.getCode()).isEqualTo("resource_missing");
            assertThat(other.v1().paymentIntents().list().getData()).isEmpty();
            assertThat(other.v1().events().list().getData()).isEmpty();
            assertThat(other.v1().webhookEndpoints().list().getData()).hasSize(1);
            assertThat(stripe.v1().webhookEndpoints().list().getData()).hasSize(1);
            await().atMost(Duration.ofSeconds(5)).until(() -> mine.received().size() == 3);
            assertThat(mine.received())
                    .allSatisfy(webhook -> com.stripe.net.Webhook.constructEvent(
                            webhook.payload(), webhook.signature(), myEndpoint.getSecret(), 300));
            assertThat(theirs.received()).isEmpty();
            var confirms = "/_sandbox/requests?path=/v1/payment_intents/*/confirm";
            assertThat(Http.JSON
                            .readTree(call(otherKey, "GET", confirms, "").body())
                            .path("data"))
                    .isEmpty();
            assertThat(control("GET", confirms).path("data")).hasSize(1);
        }
    }

    @Test
    void theSameIdempotencyKeyInTwoAccountsMakesTwoIntents() throws Exception {
        var other = client(newSecretKey());
        var options = RequestOptions.builder().setIdempotencyKey("shared-key").build();

        var mine = stripe.v1().paymentIntents().create(manualIntent("order-a"), options);
        var theirs = other.v1().paymentIntents().create(manualIntent("order-b"), options);

        assertThat(theirs.getId()).isNotEqualTo(mine.getId());
        assertThat(theirs.getMetadata()).containsEntry("order_id", "order-b");
    }
}
