package dev.platter.platform.events.user;

import dev.platter.platform.events.EventType;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A user's contact details or roles changed; carries the full current contact details, not a diff.
 *
 * @param phone E.164, e.g. {@code +919812345678}
 * @param locale BCP 47 language tag the user reads notifications in, e.g. {@code en-IN}
 */
@EventType(value = "UserUpdated", version = 1)
public record UserUpdated(
        UUID eventId,
        Instant occurredAt,
        UUID userId,
        long version,
        String email,
        String name,
        @Nullable String phone,
        Set<Role> roles,
        @Nullable String locale)
        implements UserEvent {

    public UserUpdated {
        roles = Set.copyOf(roles);
    }
}
