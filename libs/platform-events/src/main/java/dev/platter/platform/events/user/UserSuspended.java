package dev.platter.platform.events.user;

import dev.platter.platform.events.EventType;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A user was suspended: their tokens are refused and, if a rider, they go offline.
 *
 * @param suspendedBy the admin who suspended them, or {@code null} if user-service did (e.g. fraud rules)
 */
@EventType(value = "UserSuspended", version = 1)
public record UserSuspended(
        UUID eventId, Instant occurredAt, UUID userId, long version, String reason, @Nullable UUID suspendedBy)
        implements UserEvent {}
