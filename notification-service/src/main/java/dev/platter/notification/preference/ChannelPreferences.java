package dev.platter.notification.preference;

import dev.platter.notification.rule.Channel;

/** Which channels a user wants order updates on; at least one stays on (order updates are transactional). */
public record ChannelPreferences(boolean email, boolean push, boolean sms, boolean inApp) {

    /** Everything on: what a user who never chose gets. */
    public static final ChannelPreferences ALL = new ChannelPreferences(true, true, true, true);

    public boolean allows(Channel channel) {
        return switch (channel) {
            case EMAIL -> email;
            case PUSH -> push;
            case SMS -> sms;
            case IN_APP -> inApp;
        };
    }

    public boolean leavesAChannel() {
        return email || push || sms || inApp;
    }
}
