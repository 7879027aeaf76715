package dev.platter.user.account;

import dev.platter.platform.events.user.Role;
import dev.platter.platform.events.user.UserRegistered;
import dev.platter.platform.events.user.UserSuspended;
import dev.platter.platform.events.user.UserUpdated;
import dev.platter.platform.web.ids.Uuids;
import dev.platter.platform.web.problem.IllegalTransition;
import dev.platter.platform.web.problem.NotFoundException;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything that changes an account. Each change and its event are written in one transaction (the outbox); the
 * event carries the user's version after the change.
 */
@Service
public class AccountService {

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String dummyHash;

    AccountService(UserRepository users, PasswordEncoder passwords, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
        this.dummyHash = passwords.encode("not-a-password-of-anyone-" + UUID.randomUUID());
    }

    /** A customer creates an account. */
    @Transactional
    public UserView register(String email, String password, String name, @Nullable String phone) {
        return create(email, password, name, phone, Set.of(Role.CUSTOMER));
    }

    @Transactional
    UserView create(String email, String password, String name, @Nullable String phone, Set<Role> roles) {
        var normalized = User.normalize(email);
        if (users.existsByEmail(normalized)) {
            throw new AccountExceptions.EmailTaken();
        }
        var user = new User(normalized, passwords.encode(password), name, phone, roles, clock.instant());
        try {
            users.saveAndFlush(user);
        } catch (DataIntegrityViolationException raced) {
            throw new AccountExceptions.EmailTaken();
        }
        events.publishEvent(new UserRegistered(
                Uuids.v7(),
                clock.instant(),
                user.id(),
                user.version(),
                user.email(),
                user.name(),
                user.phone(),
                user.roles(),
                null));
        return UserView.of(user);
    }

    /**
     * Checks an email and password. An unknown email costs the same hashing work as a wrong password and fails the
     * same way, so neither the answer nor its timing tells whether the account exists.
     *
     * @throws InvalidCredentials unknown email or wrong password
     * @throws AccountSuspended right password, suspended account
     */
    @Transactional(readOnly = true)
    public UserView authenticate(String email, String password) {
        var user = users.findByEmail(User.normalize(email)).orElse(null);
        if (user == null) {
            passwords.matches(password, dummyHash);
            throw new InvalidCredentials();
        }
        if (!passwords.matches(password, user.passwordHash())) {
            throw new InvalidCredentials();
        }
        if (!user.isActive()) {
            throw new AccountSuspended();
        }
        return UserView.of(user);
    }

    @Transactional(readOnly = true)
    public UserView get(UUID userId) {
        return UserView.of(find(userId));
    }

    @Transactional
    public UserView updateContact(UUID userId, @Nullable String name, @Nullable String phone) {
        var user = find(userId);
        if (user.updateContact(name, phone, clock.instant())) {
            users.saveAndFlush(user);
            events.publishEvent(new UserUpdated(
                    Uuids.v7(),
                    clock.instant(),
                    user.id(),
                    user.version(),
                    user.email(),
                    user.name(),
                    user.phone(),
                    user.roles(),
                    null));
        }
        return UserView.of(user);
    }

    /** Changes the password and ends every other session (all refresh tokens). */
    @Transactional
    public void changePassword(UUID userId, String currentPassword, String newPassword) {
        var user = find(userId);
        if (!passwords.matches(currentPassword, user.passwordHash())) {
            throw new AccountExceptions.WrongPassword();
        }
        user.changePassword(passwords.encode(newPassword), clock.instant());
        users.saveAndFlush(user);
        events.publishEvent(new SessionsRevoked(userId));
    }

    /** Grants a role (an approved application); answers the account after the change. */
    @Transactional
    public UserView grantRole(UUID userId, Role role) {
        var user = find(userId);
        if (!user.isActive()) {
            throw new IllegalTransition("User", user.status(), "be granted a role");
        }
        user.grant(role, clock.instant());
        users.saveAndFlush(user);
        return UserView.of(user);
    }

    /** An admin suspends an account: its tokens are refused everywhere and its refresh tokens revoked. */
    @Transactional
    public UserView suspend(UUID userId, String reason, UUID adminId) {
        if (userId.equals(adminId)) {
            throw new IllegalTransition("User", UserStatus.ACTIVE, "suspend themselves");
        }
        var user = find(userId);
        user.suspend(reason, clock.instant());
        users.saveAndFlush(user);
        events.publishEvent(new UserSuspended(Uuids.v7(), clock.instant(), user.id(), user.version(), reason, adminId));
        events.publishEvent(new SessionsRevoked(userId));
        return UserView.of(user);
    }

    /** The first admin, from configuration: created once, or given the role if the account exists. */
    @Transactional
    public void ensureAdmin(String email, String password) {
        var existing = users.findByEmail(User.normalize(email));
        if (existing.isPresent()) {
            var user = existing.get();
            if (user.grant(Role.ADMIN, clock.instant())) {
                users.saveAndFlush(user);
            }
            return;
        }
        create(email, password, "Platter admin", null, Set.of(Role.ADMIN));
    }

    private User find(UUID userId) {
        return users.findById(userId).orElseThrow(() -> new NotFoundException("No user " + userId));
    }
}
