package dev.platter.platform.events.user;

import dev.platter.platform.events.EventType;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A user's application to list restaurants was approved; they may now create restaurants. */
@EventType(value = "OwnerApproved", version = 1)
public record OwnerApproved(
        UUID eventId,
        Instant occurredAt,
        UUID userId,
        long version,
        UUID applicationId,
        String name,
        String email,
        @Nullable String businessName)
        implements UserEvent {}
