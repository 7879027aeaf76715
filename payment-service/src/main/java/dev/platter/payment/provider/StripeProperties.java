package dev.platter.payment.provider;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How payment-service reaches its payment provider: Stripe's API at {@code apiBase} (the local sandbox by default),
 * with this secret key.
 *
 * @param webhookSecret the signing secret of a webhook endpoint configured outside (real Stripe); when blank and
 *     {@code registerWebhookEndpoint} is set, the service registers {@code webhookUrl} itself and keeps the secret
 * @param webhookTolerance how old a webhook's signed timestamp may be
 * @param maxNetworkRetries stripe-java's own retries of a call that got no answer, with the same idempotency key
 */
@ConfigurationProperties("platter.payment.stripe")
public record StripeProperties(
        String apiBase,
        String secretKey,
        String webhookSecret,
        boolean registerWebhookEndpoint,
        String webhookUrl,
        Duration webhookTolerance,
        int maxNetworkRetries,
        Duration connectTimeout,
        Duration readTimeout) {}
