package dev.platter.notification.dispatch;

import dev.platter.notification.channel.ChannelSender;
import dev.platter.notification.channel.Outbound;
import dev.platter.notification.channel.SendOutcome;
import dev.platter.notification.config.NotificationProperties;
import dev.platter.notification.replica.Contacts;
import dev.platter.notification.rule.Channel;
import dev.platter.notification.template.Templates;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what is due: takes PENDING rows (locked, so two instances never send the same one), renders the template in
 * the recipient's locale, hands it to its channel and records the outcome. A passing failure is retried with
 * exponential back-off (or after the provider's Retry-After, if longer) until the attempts run out; then the row is
 * FAILED. A recipient whose contact has not arrived yet is retried the same way.
 */
@Component
class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final NotificationLog notifications;
    private final Contacts contacts;
    private final Templates templates;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final NotificationProperties properties;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;
    private final Clock clock;

    DeliveryWorker(
            NotificationLog notifications,
            Contacts contacts,
            Templates templates,
            List<ChannelSender> senders,
            NotificationProperties properties,
            TransactionTemplate transactions,
            MeterRegistry meters,
            Clock clock) {
        this.notifications = notifications;
        this.contacts = contacts;
        this.templates = templates;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.properties = properties;
        this.transactions = transactions;
        this.meters = meters;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${platter.notifications.delivery.poll-interval}")
    void sendDue() {
        int taken;
        do {
            Integer count = transactions.execute(status -> {
                var due = notifications.lockDue(
                        clock.instant(), properties.delivery().batchSize());
                due.forEach(this::attempt);
                return due.size();
            });
            taken = count == null ? 0 : count;
        } while (taken == properties.delivery().batchSize());
    }

    private void attempt(NotificationLog.Due due) {
        var attempts = due.attempts() + 1;
        SendOutcome outcome;
        try {
            outcome = send(due);
        } catch (RuntimeException e) {
            log.warn("Sending notification {} on {} failed", due.id(), due.channel(), e);
            outcome = new SendOutcome.Retry(e.getClass().getSimpleName() + ": " + e.getMessage(), null);
        }
        var now = clock.instant();
        if (outcome instanceof SendOutcome.Sent sent) {
            notifications.finish(due.id(), NotificationLog.Status.SENT, attempts, null, sent.reference(), now);
        } else if (outcome instanceof SendOutcome.Skipped skipped) {
            notifications.finish(due.id(), NotificationLog.Status.SKIPPED, attempts, skipped.reason(), null, now);
        } else if (outcome instanceof SendOutcome.Failed failed) {
            notifications.finish(due.id(), NotificationLog.Status.FAILED, attempts, failed.error(), null, now);
        } else if (outcome instanceof SendOutcome.Retry retry) {
            if (attempts >= properties.delivery().maxAttempts()) {
                notifications.finish(
                        due.id(),
                        NotificationLog.Status.FAILED,
                        attempts,
                        "gave up after " + attempts + " attempts: " + retry.error(),
                        null,
                        now);
            } else {
                notifications.retryAt(due.id(), attempts, retry.error(), now.plus(wait(attempts, retry)));
            }
        }
        meters.counter(
                        "platter.notifications.attempts",
                        "channel",
                        due.channel().name(),
                        "outcome",
                        outcome.getClass().getSimpleName())
                .increment();
    }

    private SendOutcome send(NotificationLog.Due due) {
        var contact = contacts.find(due.recipientId());
        if (contact.isEmpty()) {
            return new SendOutcome.Retry("no contact known yet for " + due.recipientId(), null);
        }
        var vars = new HashMap<>(due.vars());
        var name = contact.get().name();
        if (name != null) {
            vars.put("name", name);
        }
        var message = templates.render(due.template(), contact.get().locale(), properties.defaultLocale(), vars);
        return senders.get(due.channel()).send(new Outbound(due.id(), due.eventType(), contact.get(), message, vars));
    }

    /** initial × 2^(attempts-1), at most the maximum, but never sooner than the provider asked. */
    Duration wait(int attempts, SendOutcome.Retry retry) {
        var delivery = properties.delivery();
        var backoff = delivery.initialBackoff().multipliedBy(1L << Math.min(20, attempts - 1));
        if (backoff.compareTo(delivery.maxBackoff()) > 0) {
            backoff = delivery.maxBackoff();
        }
        var retryAfter = retry.retryAfter();
        return retryAfter != null && retryAfter.compareTo(backoff) > 0 ? retryAfter : backoff;
    }
}
