package dev.platter.notification.config;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * notification-service's settings.
 *
 * @param defaultLocale the locale of a recipient who chose none
 * @param delivery how pending notifications are sent and retried
 * @param email the sender address of mails
 * @param push Firebase Cloud Messaging; disabled without credentials
 * @param sms Twilio; disabled without an account
 * @param realtime the WebSocket hub
 */
@ConfigurationProperties("platter.notifications")
public record NotificationProperties(
        String defaultLocale, Delivery delivery, Email email, Push push, Sms sms, Realtime realtime) {

    /**
     * @param pollInterval how often due notifications are looked for
     * @param batchSize how many are taken at once
     * @param maxAttempts after this many failed attempts a notification is recorded FAILED
     * @param initialBackoff the wait after the first failure; doubles with each further one
     * @param maxBackoff the longest wait between attempts (a provider's Retry-After may ask for more)
     */
    public record Delivery(
            Duration pollInterval, int batchSize, int maxAttempts, Duration initialBackoff, Duration maxBackoff) {}

    /** @param from the From address of every mail */
    public record Email(String from) {}

    /**
     * @param projectId the Firebase project
     * @param credentialsFile a service account JSON file; with it (or an access token) push is enabled
     * @param accessToken a fixed OAuth access token instead of a service account (for a local FCM stub)
     * @param endpoint where FCM is reached; blank for Google's own host
     * @param maxTitleChars longest notification title sent
     * @param maxBodyChars longest notification body sent
     */
    public record Push(
            String projectId,
            @Nullable String credentialsFile,
            @Nullable String accessToken,
            @Nullable String endpoint,
            int maxTitleChars,
            int maxBodyChars) {

        public boolean configured() {
            return notBlank(credentialsFile) || notBlank(accessToken);
        }
    }

    /**
     * @param accountSid the Twilio account; with it and the auth token SMS is enabled
     * @param authToken the Twilio auth token
     * @param from the sending number (E.164)
     * @param endpoint where Twilio's API is reached; blank for Twilio's own host
     * @param dailyCap most SMS one user gets per UTC day
     */
    public record Sms(
            @Nullable String accountSid,
            @Nullable String authToken,
            String from,
            @Nullable String endpoint,
            int dailyCap) {

        public boolean configured() {
            return notBlank(accountSid) && notBlank(authToken);
        }
    }

    /**
     * @param replayRetention how long sent messages are kept for clients that reconnect and ask what they missed
     * @param maxSubscriptions most streams one connection follows
     * @param sendTimeLimit a connection that cannot take a message within this is closed
     * @param sendBufferBytes most bytes buffered for a slow connection before it is closed
     * @param allowedOrigins origins browsers may connect from
     * @param consumers consumer threads relaying events to the hub (each takes some partitions, in order)
     */
    public record Realtime(
            Duration replayRetention,
            int maxSubscriptions,
            Duration sendTimeLimit,
            int sendBufferBytes,
            List<String> allowedOrigins,
            int consumers) {}

    static boolean notBlank(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
