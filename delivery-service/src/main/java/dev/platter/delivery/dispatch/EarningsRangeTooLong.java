package dev.platter.delivery.dispatch;

import dev.platter.platform.web.problem.PlatterException;
import org.springframework.http.HttpStatus;

/** Earnings are read for at most a few weeks at a time, and from a day not after the last. */
class EarningsRangeTooLong extends PlatterException {

    EarningsRangeTooLong(String detail) {
        super(detail);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }

    @Override
    public String kind() {
        return "invalid-date-range";
    }

    @Override
    public String title() {
        return "Invalid date range";
    }
}
