package dev.platter.analytics.query;

import dev.platter.platform.web.problem.PlatterException;
import org.springframework.http.HttpStatus;

/**
 * A question the figures cannot answer: a time range that is missing, reversed, shorter than a minute or longer than
 * allowed ({@code invalid-time-range}), or two scopes at once ({@code invalid-scope}).
 */
class InvalidQuery extends PlatterException {

    private final String kind;
    private final String title;

    private InvalidQuery(String kind, String title, String detail) {
        super(detail);
        this.kind = kind;
        this.title = title;
    }

    static InvalidQuery timeRange(String detail) {
        return new InvalidQuery("invalid-time-range", "Time range is invalid", detail);
    }

    static InvalidQuery scope(String detail) {
        return new InvalidQuery("invalid-scope", "Scope is invalid", detail);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public String title() {
        return title;
    }
}
