package dev.platter.payment.provider;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.param.WebhookEndpointCreateParams;
import com.stripe.param.WebhookEndpointCreateParams.EnabledEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Locally (no signing secret configured), registers this instance's webhook URL with the provider through the
 * WebhookEndpoint API once the server listens, and keeps the signing secret it returns: a payment-service started by
 * a test gets its own webhooks.
 */
@Component
class WebhookEndpointRegistrar {

    private static final Logger log = LoggerFactory.getLogger(WebhookEndpointRegistrar.class);

    private final StripeClient stripe;
    private final StripeProperties properties;
    private final WebhookSecrets secrets;
    private final Environment environment;

    WebhookEndpointRegistrar(
            StripeClient stripe, StripeProperties properties, WebhookSecrets secrets, Environment environment) {
        this.stripe = stripe;
        this.properties = properties;
        this.secrets = secrets;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        var configured = properties.webhookSecret();
        if (!properties.registerWebhookEndpoint() || (configured != null && !configured.isBlank())) {
            return;
        }
        var url = environment.resolveRequiredPlaceholders(properties.webhookUrl());
        try {
            register(url);
        } catch (StripeException e) {
            // The service still starts; webhooks are refused until a restart registers, and reconciliation repairs
            // what they would have told.
            log.error("Could not register the webhook endpoint {} with the payment provider", url, e);
        }
    }

    private void register(String url) throws StripeException {
        var endpoint = stripe.v1()
                .webhookEndpoints()
                .create(WebhookEndpointCreateParams.builder()
                        .setUrl(url)
                        .addEnabledEvent(EnabledEvent.PAYMENT_INTENT__AMOUNT_CAPTURABLE_UPDATED)
                        .addEnabledEvent(EnabledEvent.PAYMENT_INTENT__SUCCEEDED)
                        .addEnabledEvent(EnabledEvent.PAYMENT_INTENT__CANCELED)
                        .addEnabledEvent(EnabledEvent.PAYMENT_INTENT__PAYMENT_FAILED)
                        .addEnabledEvent(EnabledEvent.PAYMENT_INTENT__REQUIRES_ACTION)
                        .addEnabledEvent(EnabledEvent.REFUND__CREATED)
                        .setDescription("Platter payment-service")
                        .build());
        secrets.registered(endpoint.getSecret());
        log.info("Registered webhook endpoint {} for {}", endpoint.getId(), url);
    }
}
