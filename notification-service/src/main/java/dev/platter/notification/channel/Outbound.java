package dev.platter.notification.channel;

import dev.platter.notification.replica.Contact;
import dev.platter.notification.template.Rendered;
import java.util.Map;
import java.util.UUID;

/**
 * One notification ready to go out on a channel.
 *
 * @param notificationId the log row; providers that take an idempotency key get it
 * @param eventType the event that caused it, sent along as data where the channel carries data
 * @param vars the template variables, e.g. for push data
 */
public record Outbound(
        UUID notificationId, String eventType, Contact contact, Rendered message, Map<String, String> vars) {}
