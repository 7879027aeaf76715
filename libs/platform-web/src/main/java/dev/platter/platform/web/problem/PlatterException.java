package dev.platter.platform.web.problem;

import org.springframework.http.HttpStatus;

/**
 * Base of every exception a service throws on purpose to answer with a problem: the shared advice turns it into
 * problem JSON with {@code type} {@code https://platter.dev/problems/<kind>}.
 */
public abstract class PlatterException extends RuntimeException {

    protected PlatterException(String detail) {
        super(detail);
    }

    /** The HTTP status of the answer. */
    public abstract HttpStatus status();

    /** The stable problem kind, the last segment of the type URI. */
    public abstract String kind();

    /** A short, stable human title for the kind. */
    public abstract String title();
}
