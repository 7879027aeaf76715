package dev.platter.stripesandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import org.junit.jupiter.api.Test;

class SignaturesTest {

    private static final String PAYLOAD = "{\"id\":\"evt_1\",\"object\":\"event\",\"api_version\":\""
            + SandboxConfig.DEFAULT_API_VERSION + "\",\"type\":\"payment_intent.succeeded\",\"data\":{\"object\":{}}}";

    @Test
    void signsAsStripeDoesSoStripeJavaAcceptsTheHeader() throws Exception {
        var secret = Signatures.newSecret();
        var header = Signatures.header(secret, PAYLOAD, System.currentTimeMillis() / 1000);

        var event = Webhook.constructEvent(PAYLOAD, header, secret, 300);

        assertThat(event.getId()).isEqualTo("evt_1");
        assertThat(secret).matches("whsec_[0-9a-f]{64}");
    }

    @Test
    void aTamperedPayloadAnOldTimestampOrAnotherSecretIsRefused() {
        var secret = Signatures.newSecret();
        long now = System.currentTimeMillis() / 1000;

        assertThatThrownBy(() -> Webhook.constructEvent(
                        PAYLOAD.replace("evt_1", "evt_2"), Signatures.header(secret, PAYLOAD, now), secret, 300))
                .isInstanceOf(SignatureVerificationException.class);
        assertThatThrownBy(() ->
                        Webhook.constructEvent(PAYLOAD, Signatures.header(secret, PAYLOAD, now - 600), secret, 300))
                .isInstanceOf(SignatureVerificationException.class);
        assertThatThrownBy(() -> Webhook.constructEvent(
                        PAYLOAD, Signatures.header(Signatures.newSecret(), PAYLOAD, now), secret, 300))
                .isInstanceOf(SignatureVerificationException.class);
    }
}
