package dev.platter.order.config;

import dev.platter.platform.web.problem.PlatterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/** A service order-service depends on did not answer in time, or failed: nothing was changed here. */
public class DependencyUnavailable extends PlatterException {

    private static final Logger log = LoggerFactory.getLogger(DependencyUnavailable.class);

    public DependencyUnavailable(String service, Throwable cause) {
        super(service + " is unavailable; please try again shortly");
        initCause(cause);
        log.warn("{} is unavailable: {}", service, cause.toString());
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.SERVICE_UNAVAILABLE;
    }

    @Override
    public String kind() {
        return "dependency-unavailable";
    }

    @Override
    public String title() {
        return "A service this request needs is unavailable";
    }
}
