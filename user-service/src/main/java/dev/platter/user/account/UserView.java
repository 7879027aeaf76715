package dev.platter.user.account;

import dev.platter.platform.events.user.Role;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What other modules and the API may know of an account (never its password hash). */
public record UserView(
        UUID id,
        String email,
        String name,
        @Nullable String phone,
        Set<Role> roles,
        UserStatus status,
        @Nullable String suspendedReason,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    static UserView of(User user) {
        return new UserView(
                user.id(),
                user.email(),
                user.name(),
                user.phone(),
                user.roles(),
                user.status(),
                user.suspendedReason(),
                user.createdAt(),
                user.updatedAt(),
                user.version());
    }
}
