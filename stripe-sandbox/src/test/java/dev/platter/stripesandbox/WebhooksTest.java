package dev.platter.stripesandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.WebhookEndpoint;
import com.stripe.net.Webhook;
import com.stripe.param.EventListParams;
import com.stripe.param.PaymentIntentConfirmParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.WebhookEndpointCreateParams;
import com.stripe.param.WebhookEndpointCreateParams.EnabledEvent;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhooksTest extends SandboxTestSupport {

    private static final Duration ARRIVAL = Duration.ofSeconds(5);

    private WebhookReceiver receiver;

    @BeforeEach
    void startReceiver() {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private WebhookEndpoint register(EnabledEvent... events) throws Exception {
        return stripe.v1()
                .webhookEndpoints()
                .create(WebhookEndpointCreateParams.builder()
                        .setUrl(receiver.url())
                        .addAllEnabledEvent(List.of(events))
                        .build());
    }

    /** The webhooks received so far, each verified with the endpoint's secret as payment-service does. */
    private List<Event> verified(String secret) {
        return receiver.received().stream()
                .map(webhook -> {
                    try {
                        return Webhook.constructEvent(webhook.payload(), webhook.signature(), secret, 300);
                    } catch (SignatureVerificationException e) {
                        throw new AssertionError(e);
                    }
                })
                .toList();
    }

    private List<Event> awaitEvents(String secret, int count) {
        await().atMost(ARRIVAL).until(() -> receiver.received().size() >= count);
        return verified(secret);
    }

    private static PaymentIntent intentOf(Event event) {
        return (PaymentIntent) event.getDataObjectDeserializer().getObject().orElseThrow();
    }

    @Test
    void registersAnEndpointAndShowsItsSecretOnlyOnCreation() throws Exception {
        var endpoint = register(EnabledEvent.PAYMENT_INTENT__AMOUNT_CAPTURABLE_UPDATED);

        assertThat(endpoint.getId()).startsWith("we_");
        assertThat(endpoint.getSecret()).startsWith("whsec_");
        assertThat(endpoint.getUrl()).isEqualTo(receiver.url());
        assertThat(endpoint.getEnabledEvents()).containsExactly("payment_intent.amount_capturable_updated");
        assertThat(endpoint.getApiVersion()).isEqualTo(com.stripe.Stripe.API_VERSION);
        assertThat(stripe.v1().webhookEndpoints().retrieve(endpoint.getId()).getSecret())
                .isNull();
        assertThat(stripe.v1().webhookEndpoints().list().getData())
                .extracting(WebhookEndpoint::getId)
                .containsExactly(endpoint.getId());

        var deleted = stripe.v1().webhookEndpoints().delete(endpoint.getId());

        assertThat(deleted.getDeleted()).isTrue();
        assertThat(stripe.v1().webhookEndpoints().list().getData()).isEmpty();
    }

    @Test
    void postsASignedWebhookWithTheFullIntentThatStripeJavaVerifies() throws Exception {
        var endpoint = register(EnabledEvent.PAYMENT_INTENT__AMOUNT_CAPTURABLE_UPDATED);

        var intent = authorisedIntent();

        var event = awaitEvents(endpoint.getSecret(), 1).get(0);
        assertThat(event.getType()).isEqualTo("payment_intent.amount_capturable_updated");
        assertThat(event.getApiVersion()).isEqualTo(com.stripe.Stripe.API_VERSION);
        var object = intentOf(event);
        assertThat(object.getId()).isEqualTo(intent.getId());
        assertThat(object.getStatus()).isEqualTo("requires_capture");
        assertThat(object.getAmountCapturable()).isEqualTo(SPICE_GARDEN_THALI);
        assertThat(object.getMetadata()).containsKey("order_id");
        assertThat(event.getRequest().getId()).isNotBlank();
        var webhook = receiver.received().get(0);
        assertThat(webhook.signature()).matches("t=\\d+,v1=[0-9a-f]{64}");
        assertThatThrownBy(() -> Webhook.constructEvent(webhook.payload(), webhook.signature(), "whsec_wrong", 300))
                .isInstanceOf(SignatureVerificationException.class);
    }

    @Test
    void sendsEachLifecycleEventToTheEndpointsThatWantIt() throws Exception {
        var endpoint = register(EnabledEvent.ALL);

        var captured = stripe.v1().paymentIntents().capture(authorisedIntent().getId());
        stripe.v1()
                .refunds()
                .create(RefundCreateParams.builder()
                        .setPaymentIntent(captured.getId())
                        .setAmount(5000L)
                        .build());
        var declined = stripe.v1().paymentIntents().create(manualIntent("order-declined"));
        try {
            stripe.v1()
                    .paymentIntents()
                    .confirm(
                            declined.getId(),
                            PaymentIntentConfirmParams.builder()
                                    .setPaymentMethod("pm_card_chargeDeclined")
                                    .build());
        } catch (com.stripe.exception.CardException expected) {
            // the decline is what this test is about
        }
        stripe.v1().paymentIntents().cancel(declined.getId());

        var types = awaitEvents(endpoint.getSecret(), 11).stream()
                .map(Event::getType)
                .toList();
        assertThat(types)
                .containsExactlyInAnyOrder(
                        "payment_intent.created",
                        "charge.succeeded",
                        "payment_intent.amount_capturable_updated",
                        "charge.captured",
                        "payment_intent.succeeded",
                        "refund.created",
                        "charge.refunded",
                        "payment_intent.created",
                        "charge.failed",
                        "payment_intent.payment_failed",
                        "payment_intent.canceled");
    }

    @Test
    void aFailingRefundIsAnnouncedByRefundFailed() throws Exception {
        var endpoint =
                register(EnabledEvent.REFUND__CREATED, EnabledEvent.REFUND__UPDATED, EnabledEvent.REFUND__FAILED);
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

        var events = awaitEvents(endpoint.getSecret(), 3);
        assertThat(events)
                .extracting(Event::getType)
                .containsExactlyInAnyOrder("refund.created", "refund.updated", "refund.failed");
        var failed = events.stream()
                .filter(e -> e.getType().equals("refund.failed"))
                .findFirst()
                .orElseThrow();
        var object = (Refund) failed.getDataObjectDeserializer().getObject().orElseThrow();
        assertThat(object.getId()).isEqualTo(refund.getId());
        assertThat(object.getStatus()).isEqualTo("failed");
    }

    @Test
    void anEndpointGetsOnlyEventsCreatedAfterItRegistered() throws Exception {
        var before = authorisedIntent();
        var endpoint = register(EnabledEvent.PAYMENT_INTENT__AMOUNT_CAPTURABLE_UPDATED);

        var after = authorisedIntent();

        var events = awaitEvents(endpoint.getSecret(), 1);
        await().during(Duration.ofMillis(300))
                .atMost(ARRIVAL)
                .until(() -> receiver.received().size() == 1);
        assertThat(intentOf(events.get(0)).getId()).isEqualTo(after.getId()).isNotEqualTo(before.getId());
    }

    @Test
    void retriesWithBackOffWhileTheEndpointAnswersAnError() throws Exception {
        var endpoint = register(EnabledEvent.PAYMENT_INTENT__AMOUNT_CAPTURABLE_UPDATED);
        receiver.failNext(2);

        authorisedIntent();

        var event = awaitEvents(endpoint.getSecret(), 1).get(0);
        var attempts =
                control("GET", "/_sandbox/deliveries?event_id=" + event.getId()).path("data");
        assertThat(attempts).hasSize(3);
        assertThat(attempts.get(0).path("status").asInt()).isEqualTo(500);
        assertThat(attempts.get(1).path("status").asInt()).isEqualTo(500);
        assertThat(attempts.get(2).path("status").asInt()).isEqualTo(200);
        assertThat(attempts.get(2).path("attempt").asInt()).isEqualTo(3);
    }

    @Test
    void delaysTheNextWebhook() throws Exception {
        var endpoint = register(EnabledEvent.PAYMENT_INTENT__AMOUNT_CAPTURABLE_UPDATED);
        control("POST", "/_sandbox/faults/webhooks", "{\"action\":\"delay\",\"delayMillis\":1500,\"count\":1}");

        authorisedIntent();

        await().during(Duration.ofMillis(1000)).atMost(Duration.ofMillis(1400)).until(() -> receiver.received()
                .isEmpty());
        assertThat(awaitEvents(endpoint.getSecret(), 1)).hasSize(1);
    }

    @Test
    void dropsTheNextWebhookOfATypeAndDeliversTheOthers() throws Exception {
        var endpoint = register(
                EnabledEvent.PAYMENT_INTENT__AMOUNT_CAPTURABLE_UPDATED, EnabledEvent.PAYMENT_INTENT__SUCCEEDED);
        control(
                "POST",
                "/_sandbox/faults/webhooks",
                "{\"action\":\"drop\",\"eventType\":\"payment_intent.amount_capturable_updated\",\"count\":1}");

        var dropped = authorisedIntent();
        var delivered = authorisedIntent();
        stripe.v1().paymentIntents().capture(dropped.getId());

        var events = awaitEvents(endpoint.getSecret(), 2);
        assertThat(events)
                .extracting(event -> event.getType() + " " + intentOf(event).getId())
                .containsExactlyInAnyOrder(
                        "payment_intent.amount_capturable_updated " + delivered.getId(),
                        "payment_intent.succeeded " + dropped.getId());
        var droppedEvent = stripe
                .v1()
                .events()
                .list(EventListParams.builder()
                        .setType("payment_intent.amount_capturable_updated")
                        .build())
                .getData()
                .stream()
                .filter(event -> intentOf(event).getId().equals(dropped.getId()))
                .findFirst()
                .orElseThrow();
        assertThat(control("GET", "/_sandbox/deliveries?event_id=" + droppedEvent.getId())
                        .path("data"))
                .isEmpty();
    }

    @Test
    void duplicatesTheNextWebhook() throws Exception {
        var endpoint = register(EnabledEvent.PAYMENT_INTENT__AMOUNT_CAPTURABLE_UPDATED);
        control("POST", "/_sandbox/faults/webhooks", "{\"action\":\"duplicate\",\"copies\":3,\"count\":1}");

        authorisedIntent();

        var events = awaitEvents(endpoint.getSecret(), 3);
        await().during(Duration.ofMillis(300))
                .atMost(ARRIVAL)
                .until(() -> receiver.received().size() == 3);
        assertThat(events).extracting(Event::getId).containsOnly(events.get(0).getId());
    }

    @Test
    void resendsAnEventOnRequest() throws Exception {
        var endpoint = register(EnabledEvent.PAYMENT_INTENT__AMOUNT_CAPTURABLE_UPDATED);
        authorisedIntent();
        var first = awaitEvents(endpoint.getSecret(), 1).get(0);

        control("POST", "/_sandbox/events/" + first.getId() + "/resend");

        assertThat(awaitEvents(endpoint.getSecret(), 2))
                .extracting(Event::getId)
                .containsOnly(first.getId());
    }

    @Test
    void listsAndRetrievesEventsNewestFirst() throws Exception {
        var intent = stripe.v1().paymentIntents().capture(authorisedIntent().getId());

        var events =
                stripe.v1().events().list(EventListParams.builder().setLimit(3L).build());
        var succeeded = stripe.v1()
                .events()
                .list(EventListParams.builder()
                        .setType("payment_intent.succeeded")
                        .build());
        var all = new java.util.ArrayList<String>();
        stripe.v1()
                .events()
                .list(EventListParams.builder().setLimit(2L).build())
                .autoPagingIterable()
                .forEach(event -> all.add(event.getType()));

        assertThat(events.getData())
                .extracting(Event::getType)
                .containsExactly(
                        "payment_intent.succeeded", "charge.captured", "payment_intent.amount_capturable_updated");
        assertThat(events.getHasMore()).isTrue();
        assertThat(succeeded.getData()).hasSize(1);
        assertThat(intentOf(succeeded.getData().get(0)).getAmountReceived()).isEqualTo(SPICE_GARDEN_THALI);
        assertThat(all)
                .containsExactly(
                        "payment_intent.succeeded",
                        "charge.captured",
                        "payment_intent.amount_capturable_updated",
                        "charge.succeeded",
                        "payment_intent.created");
        var retrieved = stripe.v1().events().retrieve(succeeded.getData().get(0).getId());
        assertThat(intentOf(retrieved).getId()).isEqualTo(intent.getId());
    }

    @Test
    void theRequestLogShowsWhatStripeJavaSent() throws Exception {
        var orderId = UUID.randomUUID().toString();
        stripe.v1().paymentIntents().create(manualIntent(orderId));

        var requests = control("GET", "/_sandbox/requests?method=POST&path=/v1/payment_intents")
                .path("data");

        assertThat(requests).hasSize(1);
        var params = requests.get(0).path("params");
        assertThat(params.path("amount").asString()).isEqualTo(Long.toString(SPICE_GARDEN_THALI));
        assertThat(params.path("capture_method").asString()).isEqualTo("manual");
        assertThat(params.path("metadata").path("order_id").asString()).isEqualTo(orderId);
        assertThat(requests.get(0).path("stripe_version").asString()).isEqualTo(com.stripe.Stripe.API_VERSION);
    }
}
