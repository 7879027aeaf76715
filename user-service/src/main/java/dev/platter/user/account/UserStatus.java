package dev.platter.user.account;

/** Whether an account may sign in. */
public enum UserStatus {
    /** Signs in and uses the platform. */
    ACTIVE,
    /** Locked out by an admin: no login, no refresh, every service refuses its access tokens. */
    SUSPENDED
}
