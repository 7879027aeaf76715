package dev.platter.payment;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one Spring context every integration test of payment-service shares: the service on a random port, its webhook
 * endpoint registered with the sandbox at that port under this run's own sandbox account, stripe-java with a short
 * read timeout (so a held response is retried within a test), fast consumer retries, and reconciliation left to the
 * tests that trigger it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "platter.payment.stripe.webhook-url=http://127.0.0.1:${local.server.port}/webhooks/stripe",
            "platter.payment.stripe.read-timeout=2s",
            "platter.payment.stripe.max-network-retries=2",
            "platter.payment.reconciliation.interval=1h",
            "platter.kafka.retry.max-retries=2",
            "platter.kafka.retry.initial-interval=100ms",
            "platter.payment.loyalty.minor-units-per-point=1000",
            "platter.payment.loyalty.point-value-minor=100",
            "platter.payment.loyalty.min-redeem-points=5"
        })
@ContextConfiguration(initializers = SandboxAccountInitializer.class)
public @interface PaymentServiceContext {}
