package dev.platter.user.application;

import dev.platter.platform.events.user.Role;

/** What the applicant wants to become. */
enum ApplicationType {
    /** Deliver orders. */
    RIDER(Role.RIDER),
    /** List and run restaurants. */
    RESTAURANT_OWNER(Role.RESTAURANT_OWNER);

    private final Role role;

    ApplicationType(Role role) {
        this.role = role;
    }

    /** The role an approval grants. */
    Role role() {
        return role;
    }
}
