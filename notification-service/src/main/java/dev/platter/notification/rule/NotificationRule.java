package dev.platter.notification.rule;

import java.util.List;

/** One row of the rules table: this event type notifies this audience on these channels with this template. */
public record NotificationRule(String eventType, Audience audience, List<Channel> channels, String template) {

    public NotificationRule {
        channels = List.copyOf(channels);
    }
}
