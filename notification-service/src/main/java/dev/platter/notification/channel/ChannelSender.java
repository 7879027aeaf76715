package dev.platter.notification.channel;

import dev.platter.notification.rule.Channel;

/** Sends notifications on one channel. */
public interface ChannelSender {

    Channel channel();

    /** Whether the channel is configured; a disabled one records its notifications as skipped. */
    boolean enabled();

    SendOutcome send(Outbound notification);
}
