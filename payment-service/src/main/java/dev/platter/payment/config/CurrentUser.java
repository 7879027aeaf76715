package dev.platter.payment.config;

import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.jwt.Jwt;

/** The user a validated access token speaks for. */
public final class CurrentUser {

    private CurrentUser() {}

    /** The user id in {@code sub}; a token whose subject is not a user (a service) may not act as one. */
    public static UUID id(Jwt token) {
        try {
            return UUID.fromString(token.getSubject());
        } catch (IllegalArgumentException | NullPointerException notAUser) {
            throw new AccessDeniedException("The token does not speak for a user");
        }
    }
}
