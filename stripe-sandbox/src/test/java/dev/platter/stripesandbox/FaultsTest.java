package dev.platter.stripesandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FaultsTest {

    private static final Faults.ResponseDrop CLOSE = new Faults.ResponseDrop(Faults.ResponseLoss.CLOSE, 0);

    @Test
    void matchesPathsSegmentBySegmentWithStarsForOneSegment() {
        assertThat(Faults.pathMatches("/v1/payment_intents", "/v1/payment_intents"))
                .isTrue();
        assertThat(Faults.pathMatches("/v1/payment_intents", "/v1/payment_intents/pi_1/capture"))
                .isFalse();
        assertThat(Faults.pathMatches("/v1/payment_intents/*/capture", "/v1/payment_intents/pi_1/capture"))
                .isTrue();
        assertThat(Faults.pathMatches("/v1/payment_intents/*/capture", "/v1/payment_intents/pi_1/cancel"))
                .isFalse();
    }

    @Test
    void aResponseFaultIsUsedUpAfterItsCount() {
        var faults = new Faults();
        faults.response("POST", "/v1/refunds", CLOSE, 2);

        assertThat(faults.dropResponse("GET", "/v1/refunds")).isNull();
        assertThat(faults.dropResponse("POST", "/v1/refunds")).isEqualTo(CLOSE);
        assertThat(faults.dropResponse("POST", "/v1/refunds")).isEqualTo(CLOSE);
        assertThat(faults.dropResponse("POST", "/v1/refunds")).isNull();
    }

    @Test
    void aWebhookFaultForOneTypeLeavesOtherTypesAlone() {
        var faults = new Faults();
        faults.webhook(Faults.WebhookAction.DUPLICATE, "payment_intent.succeeded", 0, 3, 1);

        assertThat(faults.nextWebhook("charge.succeeded")).isEqualTo(Faults.WebhookFate.NORMAL);
        assertThat(faults.nextWebhook("payment_intent.succeeded").copies()).isEqualTo(3);
        assertThat(faults.nextWebhook("payment_intent.succeeded")).isEqualTo(Faults.WebhookFate.NORMAL);
    }

    @Test
    void clearingDisarmsEverything() {
        var faults = new Faults();
        faults.webhook(Faults.WebhookAction.DROP, null, 0, 1, 5);
        faults.response(null, null, CLOSE, 5);

        faults.clear();

        assertThat(faults.nextWebhook("refund.created")).isEqualTo(Faults.WebhookFate.NORMAL);
        assertThat(faults.dropResponse("POST", "/v1/refunds")).isNull();
    }
}
