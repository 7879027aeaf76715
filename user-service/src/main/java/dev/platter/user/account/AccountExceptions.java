package dev.platter.user.account;

import dev.platter.platform.web.problem.PlatterException;
import org.springframework.http.HttpStatus;

/** The problems of the account module. */
final class AccountExceptions {

    private AccountExceptions() {}

    /** An account with this email exists already. */
    static final class EmailTaken extends PlatterException {
        EmailTaken() {
            super("An account with this email exists already");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.CONFLICT;
        }

        @Override
        public String kind() {
            return "email-taken";
        }

        @Override
        public String title() {
            return "Email already registered";
        }
    }

    /** The current password given to change it is not the user's. */
    static final class WrongPassword extends PlatterException {
        WrongPassword() {
            super("The current password is not correct");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.BAD_REQUEST;
        }

        @Override
        public String kind() {
            return "wrong-password";
        }

        @Override
        public String title() {
            return "Wrong password";
        }
    }
}
