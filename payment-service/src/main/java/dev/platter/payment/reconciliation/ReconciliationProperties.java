package dev.platter.payment.reconciliation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The reconciliation job.
 *
 * @param interval how often it runs
 * @param grace how long a payment is left to its webhooks before it is compared with the provider
 * @param batchSize how many open payments one run looks at
 */
@ConfigurationProperties("platter.payment.reconciliation")
public record ReconciliationProperties(Duration interval, Duration grace, int batchSize) {}
