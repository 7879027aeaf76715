package dev.platter.platform.web.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Every {@code platter.*} setting the shared plumbing reads; defaults live in {@code platter-defaults.yml}. */
@ConfigurationProperties("platter")
public record PlatterProperties(
        Security security, Redis redis, Kafka kafka, Outbox outbox, Idempotency idempotency, Web web) {

    /** How access tokens are validated. */
    public record Security(
            String jwksUri, String issuer, String audience, Duration clockSkew, Duration suspensionCacheTtl) {}

    /** Prefix for every Redis key this service writes, so test runs never see each other's keys. */
    public record Redis(String keyPrefix) {
        public String key(String name) {
            return keyPrefix + name;
        }
    }

    /** Topic prefix, sizing and consumer retry policy. */
    public record Kafka(String topicPrefix, int partitions, short replicas, Retry retry) {
        public String topic(String name) {
            return topicPrefix + name;
        }

        /** Bounded retries with exponential back-off before a record goes to its dead-letter topic. */
        public record Retry(int maxRetries, Duration initialInterval, double multiplier, Duration maxInterval) {}
    }

    /** How often incomplete outbox entries are re-sent to Kafka. */
    public record Outbox(Duration resubmitInterval, Duration resubmitOlderThan) {}

    /** How long idempotency keys are kept, and when an unfinished execution may be taken over. */
    public record Idempotency(Duration retention, Duration inProgressTimeout, int maxBodyBytes) {}

    /** Request limits. */
    public record Web(long maxRequestBytes) {}
}
