package dev.platter.analytics.query;

import dev.platter.platform.web.problem.PlatterException;
import org.springframework.http.HttpStatus;

/** A time range that is missing, reversed, shorter than a minute or longer than allowed. */
class InvalidTimeRange extends PlatterException {

    InvalidTimeRange(String detail) {
        super(detail);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }

    @Override
    public String kind() {
        return "invalid-time-range";
    }

    @Override
    public String title() {
        return "Time range is invalid";
    }
}
