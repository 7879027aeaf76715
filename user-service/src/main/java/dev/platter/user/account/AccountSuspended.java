package dev.platter.user.account;

import dev.platter.platform.web.problem.PlatterException;
import org.springframework.http.HttpStatus;

/** The account is suspended (told only to someone who proved the password). */
public final class AccountSuspended extends PlatterException {

    public AccountSuspended() {
        super("This account is suspended");
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.FORBIDDEN;
    }

    @Override
    public String kind() {
        return "account-suspended";
    }

    @Override
    public String title() {
        return "Account suspended";
    }
}
