package dev.platter.platform.web.problem;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * The kinds of problem every service can answer with. Each has a stable {@code type} URI; services add their own
 * kinds through {@link PlatterException#kind()} under the same base.
 */
public enum ProblemType {
    /** The request body or parameters failed validation; {@code errors} lists the fields. */
    VALIDATION("validation", HttpStatus.BAD_REQUEST, "Request is invalid"),
    /** The body is not readable JSON. */
    MALFORMED_REQUEST("malformed-request", HttpStatus.BAD_REQUEST, "Request body is malformed"),
    /** The body has a field the command does not accept. */
    UNKNOWN_FIELD("unknown-field", HttpStatus.BAD_REQUEST, "Request has an unknown field"),
    /** No valid access token. */
    UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED, "Authentication required"),
    /** Authenticated, but the role does not allow this. */
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Not allowed"),
    /** Nothing here, or nothing this caller may see. */
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),
    /** The resource does not support this HTTP method. */
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    /** Someone else changed the resource first, or it is in a state that does not allow this. */
    CONFLICT("conflict", HttpStatus.CONFLICT, "Conflict"),
    /** The same Idempotency-Key is already being processed. */
    IDEMPOTENCY_IN_PROGRESS(
            "idempotency-in-progress", HttpStatus.CONFLICT, "A request with this Idempotency-Key is in progress"),
    /** The same Idempotency-Key was used with a different request. */
    IDEMPOTENCY_MISMATCH(
            "idempotency-key-reused",
            HttpStatus.UNPROCESSABLE_CONTENT,
            "Idempotency-Key reused with a different request"),
    /** The body is larger than the service accepts. */
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE, "Request body too large"),
    /** The body's media type is not supported. */
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    /** Too many requests; {@code Retry-After} says when to come back. */
    RATE_LIMITED("rate-limited", HttpStatus.TOO_MANY_REQUESTS, "Too many requests"),
    /** A dependency is unavailable. */
    SERVICE_UNAVAILABLE("service-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable"),
    /** Something failed on our side; the response tells nothing more, the log has the details. */
    INTERNAL("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

    /** Base of every problem type URI. */
    public static final String BASE = "https://platter.dev/problems/";

    private final String kind;
    private final HttpStatus status;
    private final String title;

    ProblemType(String kind, HttpStatus status, String title) {
        this.kind = kind;
        this.status = status;
        this.title = title;
    }

    public static URI uri(String kind) {
        return URI.create(BASE + kind);
    }

    public String kind() {
        return kind;
    }

    public URI uri() {
        return uri(kind);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }
}
