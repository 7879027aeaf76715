package dev.platter.notification.channel;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import dev.platter.notification.config.NotificationProperties;
import dev.platter.notification.rule.Channel;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SMS through Twilio's Java SDK, for the few updates the rules send by SMS, at most a daily cap per user (UTC day).
 * Without an account the channel reports itself disabled at start-up and its notifications are recorded as skipped.
 * With an endpoint configured, the SDK's requests go there instead of Twilio's hosts (a local stub in tests).
 */
@Component
class SmsSender implements ChannelSender {

    private static final Logger log = LoggerFactory.getLogger(SmsSender.class);

    private final NotificationProperties.Sms properties;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final @Nullable TwilioRestClient twilio;

    SmsSender(NotificationProperties properties, JdbcClient jdbc, Clock clock) {
        this.properties = properties.sms();
        this.jdbc = jdbc;
        this.clock = clock;
        this.twilio = this.properties.configured() ? client(this.properties) : null;
        if (twilio == null) {
            log.warn("SMS is disabled: no Twilio account configured; SMS notifications are recorded as skipped");
        }
    }

    private static TwilioRestClient client(NotificationProperties.Sms sms) {
        var builder = new TwilioRestClient.Builder(sms.accountSid(), sms.authToken());
        if (sms.endpoint() != null && !sms.endpoint().isBlank()) {
            builder.httpClient(new RedirectingTwilioClient(sms.endpoint()));
        }
        return builder.build();
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public boolean enabled() {
        return twilio != null;
    }

    @Override
    public SendOutcome send(Outbound notification) {
        if (twilio == null) {
            return new SendOutcome.Skipped("SMS is not configured");
        }
        var phone = notification.contact().phone();
        if (phone == null || phone.isBlank()) {
            return new SendOutcome.Skipped("no phone number");
        }
        var userId = notification.contact().userId();
        if (sentToday(userId) >= properties.dailyCap()) {
            return new SendOutcome.Skipped("daily SMS cap of " + properties.dailyCap() + " reached");
        }
        try {
            var message = Message.creator(
                            new PhoneNumber(phone),
                            new PhoneNumber(properties.from()),
                            notification.message().shortText())
                    .create(twilio);
            return new SendOutcome.Sent(message.getSid());
        } catch (ApiException e) {
            var status = e.getStatusCode() == null ? 0 : e.getStatusCode();
            if (status == 429 || status >= 500) {
                return new SendOutcome.Retry("Twilio " + status + ": " + e.getMessage(), retryAfter());
            }
            return new SendOutcome.Failed("Twilio " + status + " (" + e.getCode() + "): " + e.getMessage());
        } catch (ApiConnectionException e) {
            return new SendOutcome.Retry("Twilio unreachable: " + e.getMessage(), null);
        }
    }

    private java.time.@Nullable Duration retryAfter() {
        var last = twilio == null ? null : twilio.getHttpClient().getLastResponse();
        if (last == null || last.getHeaders() == null) {
            return null;
        }
        for (var header : last.getHeaders()) {
            if (header.getName().equalsIgnoreCase("Retry-After")) {
                return RetryAfter.parse(header.getValue(), clock.instant());
            }
        }
        return null;
    }

    private int sentToday(UUID userId) {
        var startOfDay = clock.instant().atZone(ZoneOffset.UTC).toLocalDate().atStartOfDay(ZoneOffset.UTC);
        return jdbc.sql(
                        """
                        select count(*) from notification
                        where recipient_id = ? and channel = 'SMS' and status = 'SENT' and finished_at >= ?
                        """)
                .params(userId, Timestamp.from(startOfDay.toInstant()))
                .query(Integer.class)
                .single();
    }
}
