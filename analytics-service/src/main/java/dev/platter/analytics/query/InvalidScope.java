package dev.platter.analytics.query;

import dev.platter.platform.web.problem.PlatterException;
import org.springframework.http.HttpStatus;

/** A request that names two scopes at once (a city and a restaurant). */
class InvalidScope extends PlatterException {

    InvalidScope(String detail) {
        super(detail);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }

    @Override
    public String kind() {
        return "invalid-scope";
    }

    @Override
    public String title() {
        return "Scope is invalid";
    }
}
