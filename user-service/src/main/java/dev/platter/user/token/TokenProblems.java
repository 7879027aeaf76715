package dev.platter.user.token;

import dev.platter.platform.web.problem.PlatterException;
import dev.platter.platform.web.problem.ProblemType;
import java.time.Duration;
import org.springframework.http.HttpStatus;

/** The problems of the token module. */
final class TokenProblems {

    private TokenProblems() {}

    /** Unknown, expired, spent or revoked refresh token: sign in again. */
    static final class InvalidRefreshToken extends PlatterException {
        InvalidRefreshToken() {
            super("The refresh token is not valid; sign in again");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.UNAUTHORIZED;
        }

        @Override
        public String kind() {
            return "invalid-refresh-token";
        }

        @Override
        public String title() {
            return "Invalid refresh token";
        }
    }

    /** Unknown service client or wrong secret. */
    static final class InvalidClient extends PlatterException {
        InvalidClient() {
            super("The client id or the client secret is not correct");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.UNAUTHORIZED;
        }

        @Override
        public String kind() {
            return "invalid-client";
        }

        @Override
        public String title() {
            return "Invalid client credentials";
        }
    }

    /** Too many failed logins for this account or from this address; answered with {@code Retry-After}. */
    static final class TooManyLoginAttempts extends PlatterException {

        private final Duration retryAfter;

        TooManyLoginAttempts(Duration retryAfter) {
            super("Too many failed sign-in attempts; try again later");
            this.retryAfter = retryAfter;
        }

        /** Whole seconds until the window ends, at least one. */
        long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.TOO_MANY_REQUESTS;
        }

        @Override
        public String kind() {
            return ProblemType.RATE_LIMITED.kind();
        }

        @Override
        public String title() {
            return ProblemType.RATE_LIMITED.title();
        }
    }
}
