package dev.platter.notification.channel;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** What a channel made of one notification. */
public sealed interface SendOutcome {

    /** The provider took it; {@code reference} is its id for the message, if it gave one. */
    record Sent(@Nullable String reference) implements SendOutcome {}

    /** Not sent, on purpose (no address, cap reached, no device); never retried. */
    record Skipped(String reason) implements SendOutcome {}

    /** A passing failure (429, 5xx, network): try again, not before {@code retryAfter} if the provider said. */
    record Retry(String error, @Nullable Duration retryAfter) implements SendOutcome {}

    /** A failure that another attempt would not fix. */
    record Failed(String error) implements SendOutcome {}
}
