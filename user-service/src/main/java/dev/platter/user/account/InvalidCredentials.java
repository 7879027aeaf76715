package dev.platter.user.account;

import dev.platter.platform.web.problem.PlatterException;
import org.springframework.http.HttpStatus;

/**
 * Email unknown or password wrong: the same answer for both, so an attacker cannot tell which emails have accounts.
 */
public final class InvalidCredentials extends PlatterException {

    public InvalidCredentials() {
        super("The email or the password is not correct");
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.UNAUTHORIZED;
    }

    @Override
    public String kind() {
        return "invalid-credentials";
    }

    @Override
    public String title() {
        return "Invalid credentials";
    }
}
