package dev.platter.notification.replica;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** How to reach a user, as the user events last told it. */
public record Contact(
        UUID userId,
        @Nullable String email,
        @Nullable String name,
        @Nullable String phone,
        @Nullable String locale,
        boolean suspended) {}
