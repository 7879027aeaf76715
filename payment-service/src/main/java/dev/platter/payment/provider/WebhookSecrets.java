package dev.platter.payment.provider;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Verifies a webhook's {@code Stripe-Signature} on the raw body with stripe-java, against the configured signing
 * secret (real Stripe) or the one the provider returned when this instance registered its endpoint.
 */
@Component
public class WebhookSecrets {

    private final StripeProperties properties;
    private final Clock clock;
    private final AtomicReference<@Nullable String> registered = new AtomicReference<>();

    WebhookSecrets(StripeProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    void registered(String secret) {
        registered.set(secret);
    }

    /** The secret in force, if any. */
    public @Nullable String secret() {
        var configured = properties.webhookSecret();
        return configured != null && !configured.isBlank() ? configured : registered.get();
    }

    /**
     * The event, if the signature is valid for this body and recent enough.
     *
     * @throws SignatureVerificationException a missing, malformed, wrong or stale signature
     */
    public Event verify(String payload, @Nullable String signature) throws SignatureVerificationException {
        var secret = secret();
        if (secret == null) {
            throw new SignatureVerificationException("No webhook signing secret is configured yet", signature);
        }
        if (signature == null || signature.isBlank()) {
            throw new SignatureVerificationException("The Stripe-Signature header is missing", signature);
        }
        return Webhook.constructEvent(
                payload, signature, secret, properties.webhookTolerance().toSeconds(), clock);
    }
}
