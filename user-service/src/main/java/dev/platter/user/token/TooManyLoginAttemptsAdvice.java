package dev.platter.user.token;

import dev.platter.platform.web.problem.ProblemType;
import dev.platter.platform.web.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The shared problem advice, plus the {@code Retry-After} header a throttled login needs. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class TooManyLoginAttemptsAdvice {

    @ExceptionHandler(TokenProblems.TooManyLoginAttempts.class)
    ResponseEntity<ProblemDetail> throttled(TokenProblems.TooManyLoginAttempts e, HttpServletRequest request) {
        return ResponseEntity.status(e.status())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(ProblemType.RATE_LIMITED, e.getMessage(), request.getRequestURI()));
    }
}
