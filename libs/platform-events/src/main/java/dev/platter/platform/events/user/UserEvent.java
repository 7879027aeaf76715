package dev.platter.platform.events.user;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.platter.platform.events.PlatterEvent;
import java.util.UUID;

/**
 * Events of a user account, published on {@code platter.users.v1} keyed by user id; {@code version} is the user's.
 */
public sealed interface UserEvent extends PlatterEvent
        permits UserRegistered, UserUpdated, UserSuspended, RiderApproved, OwnerApproved {

    UUID userId();

    @Override
    @JsonIgnore
    default String aggregateId() {
        return userId().toString();
    }
}
