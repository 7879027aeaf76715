package dev.platter.notification.channel;

import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.firebase.FirebaseApp;
import com.google.firebase.FirebaseOptions;
import com.google.firebase.messaging.FirebaseMessaging;
import com.google.firebase.messaging.FirebaseMessagingException;
import com.google.firebase.messaging.Message;
import com.google.firebase.messaging.MessagingErrorCode;
import com.google.firebase.messaging.Notification;
import dev.platter.notification.config.NotificationProperties;
import dev.platter.notification.device.DeviceTokens;
import dev.platter.notification.rule.Channel;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Push through firebase-admin (Firebase Cloud Messaging) to every device the user registered. A token FCM reports
 * unregistered is deleted; 429 and 5xx are retried by the delivery worker, honouring Retry-After. Without
 * credentials the channel reports itself disabled at start-up and its notifications are recorded as skipped. With an
 * endpoint configured, the SDK's HTTP transport sends to it instead of Google's host (a local stub in tests).
 */
@Component
class PushSender implements ChannelSender, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PushSender.class);

    private final NotificationProperties.Push properties;
    private final DeviceTokens devices;
    private final Clock clock;
    private final @Nullable FirebaseApp app;

    PushSender(NotificationProperties properties, DeviceTokens devices, Clock clock) {
        this.properties = properties.push();
        this.devices = devices;
        this.clock = clock;
        this.app = this.properties.configured() ? start(this.properties) : null;
        if (app == null) {
            log.warn(
                    "Push notifications are disabled: no Firebase credentials configured; they are recorded as skipped");
        } else {
            log.info("Push notifications enabled for Firebase project {}", this.properties.projectId());
        }
    }

    private static FirebaseApp start(NotificationProperties.Push push) {
        var options = FirebaseOptions.builder()
                .setProjectId(push.projectId())
                .setCredentials(credentials(push))
                .setHttpTransport(transport(push.endpoint()));
        // a name of its own, so two contexts in one JVM (tests) never share an app
        return FirebaseApp.initializeApp(options.build(), "platter-" + UUID.randomUUID());
    }

    private static GoogleCredentials credentials(NotificationProperties.Push push) {
        if (push.credentialsFile() != null && !push.credentialsFile().isBlank()) {
            try (var in = new FileInputStream(push.credentialsFile())) {
                return GoogleCredentials.fromStream(in)
                        .createScoped("https://www.googleapis.com/auth/firebase.messaging");
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the Firebase credentials", e);
            }
        }
        // a fixed token (a local stub's): valid for as long as the configuration says it is
        var farFuture = new Date(Long.MAX_VALUE / 2);
        return GoogleCredentials.create(new AccessToken(push.accessToken(), farFuture));
    }

    static HttpTransport transport(@Nullable String endpoint) {
        if (endpoint == null || endpoint.isBlank()) {
            return new NetHttpTransport();
        }
        var base = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
        return new NetHttpTransport.Builder()
                .setConnectionFactory(url -> (HttpURLConnection)
                        URI.create(base + url.getFile()).toURL().openConnection())
                .build();
    }

    @Override
    public Channel channel() {
        return Channel.PUSH;
    }

    @Override
    public boolean enabled() {
        return app != null;
    }

    @Override
    public SendOutcome send(Outbound notification) {
        if (app == null) {
            return new SendOutcome.Skipped("push is not configured");
        }
        var tokens = devices.of(notification.contact().userId());
        if (tokens.isEmpty()) {
            return new SendOutcome.Skipped("no registered device");
        }
        var data = new LinkedHashMap<String, String>();
        data.put("notificationId", notification.notificationId().toString());
        data.put("eventType", notification.eventType());
        var orderRef = notification.vars().get("orderRef");
        if (orderRef != null) {
            data.put("orderRef", orderRef);
        }
        var payload = PushPayload.fit(
                notification.message().subject(),
                notification.message().shortText(),
                data,
                properties.maxTitleChars(),
                properties.maxBodyChars());
        List<String> sent = new ArrayList<>();
        SendOutcome.Retry retry = null;
        String failure = null;
        for (var device : tokens) {
            var message = Message.builder()
                    .setToken(device.token())
                    .setNotification(Notification.builder()
                            .setTitle(payload.title())
                            .setBody(payload.body())
                            .build())
                    .putAllData(payload.data())
                    .build();
            try {
                sent.add(FirebaseMessaging.getInstance(app).send(message));
            } catch (FirebaseMessagingException e) {
                var code = e.getMessagingErrorCode();
                if (code == MessagingErrorCode.UNREGISTERED || code == MessagingErrorCode.SENDER_ID_MISMATCH) {
                    log.info(
                            "FCM reports a device of {} as {}: token deleted",
                            notification.contact().userId(),
                            code);
                    devices.forget(device.token());
                } else if (retryable(e)) {
                    retry = new SendOutcome.Retry("FCM " + code + ": " + e.getMessage(), retryAfter(e));
                } else {
                    failure = "FCM " + code + ": " + e.getMessage();
                }
            }
        }
        if (retry != null) {
            return retry;
        }
        if (!sent.isEmpty()) {
            return new SendOutcome.Sent(String.join(",", sent));
        }
        return failure != null ? new SendOutcome.Failed(failure) : new SendOutcome.Skipped("no registered device");
    }

    private static boolean retryable(FirebaseMessagingException e) {
        var code = e.getMessagingErrorCode();
        if (code == MessagingErrorCode.QUOTA_EXCEEDED
                || code == MessagingErrorCode.UNAVAILABLE
                || code == MessagingErrorCode.INTERNAL) {
            return true;
        }
        var response = e.getHttpResponse();
        return response == null || response.getStatusCode() == 429 || response.getStatusCode() >= 500;
    }

    @Nullable
    Duration retryAfter(FirebaseMessagingException e) {
        var response = e.getHttpResponse();
        if (response == null) {
            return null;
        }
        for (var header : response.getHeaders().entrySet()) {
            if (header.getKey().equalsIgnoreCase("retry-after")) {
                return RetryAfter.parse(String.valueOf(first(header.getValue())), clock.instant());
            }
        }
        return null;
    }

    private static @Nullable Object first(@Nullable Object value) {
        return value instanceof List<?> list && !list.isEmpty() ? list.get(0) : value;
    }

    @Override
    public void destroy() {
        if (app != null) {
            app.delete();
        }
    }
}
