package dev.platter.order.support;

import dev.platter.platform.web.problem.PlatterException;
import org.springframework.http.HttpStatus;

/** The order already has an open support case. */
class CaseAlreadyOpen extends PlatterException {

    CaseAlreadyOpen() {
        super("This order already has an open support case");
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }

    @Override
    public String kind() {
        return "support-case-open";
    }

    @Override
    public String title() {
        return "A support case is already open for this order";
    }
}
