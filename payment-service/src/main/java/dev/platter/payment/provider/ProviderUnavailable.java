package dev.platter.payment.provider;

import dev.platter.platform.web.problem.PlatterException;
import org.springframework.http.HttpStatus;

/** The payment provider did not answer (or answered with its own failure); the same call may be retried. */
public class ProviderUnavailable extends PlatterException {

    public ProviderUnavailable(String detail, Throwable cause) {
        super(detail);
        initCause(cause);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.SERVICE_UNAVAILABLE;
    }

    @Override
    public String kind() {
        return "payment-provider-unavailable";
    }

    @Override
    public String title() {
        return "The payment provider is unavailable";
    }
}
