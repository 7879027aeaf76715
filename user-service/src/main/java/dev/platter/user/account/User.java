package dev.platter.user.account;

import dev.platter.platform.events.user.Role;
import dev.platter.platform.web.ids.Uuids;
import dev.platter.platform.web.problem.IllegalTransition;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A Platter account: who the person is, how they sign in, what they may do. */
@Entity
@Table(name = "users")
class User {

    @Id
    private UUID id;

    private String email;

    private String passwordHash;

    private String name;

    private @Nullable String phone;

    @Enumerated(EnumType.STRING)
    private UserStatus status;

    private @Nullable String suspendedReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private @Nullable Long version;

    protected User() {}

    User(String email, String passwordHash, String name, @Nullable String phone, Set<Role> roles, Instant now) {
        this.id = Uuids.v7(now.toEpochMilli());
        this.email = normalize(email);
        this.passwordHash = passwordHash;
        this.name = name;
        this.phone = phone;
        this.roles = new HashSet<>(roles);
        this.status = UserStatus.ACTIVE;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Emails are compared case-insensitively: stored lower-cased, looked up lower-cased. */
    static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** Changes the contact details; answers whether anything changed. */
    boolean updateContact(@Nullable String name, @Nullable String phone, Instant now) {
        boolean changed = false;
        if (name != null && !name.equals(this.name)) {
            this.name = name;
            changed = true;
        }
        if (phone != null && !phone.equals(this.phone)) {
            this.phone = phone;
            changed = true;
        }
        if (changed) {
            this.updatedAt = now;
        }
        return changed;
    }

    void changePassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.updatedAt = now;
    }

    /** Grants a role; answers whether the user did not have it yet. */
    boolean grant(Role role, Instant now) {
        boolean added = roles.add(role);
        if (added) {
            updatedAt = now;
        }
        return added;
    }

    void suspend(String reason, Instant now) {
        switch (status) {
            case ACTIVE -> {
                status = UserStatus.SUSPENDED;
                suspendedReason = reason;
                updatedAt = now;
            }
            case SUSPENDED -> throw new IllegalTransition("User", status, "be suspended");
        }
    }

    boolean isActive() {
        return status == UserStatus.ACTIVE;
    }

    UUID id() {
        return id;
    }

    String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    String name() {
        return name;
    }

    @Nullable
    String phone() {
        return phone;
    }

    UserStatus status() {
        return status;
    }

    @Nullable
    String suspendedReason() {
        return suspendedReason;
    }

    Set<Role> roles() {
        return roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version == null ? 0 : version;
    }
}
