package dev.platter.payment.payment;

import dev.platter.platform.web.problem.PlatterException;
import org.springframework.http.HttpStatus;

/** A webhook whose signature is missing, wrong or too old: refused, and nothing changes. */
class InvalidWebhookSignature extends PlatterException {

    InvalidWebhookSignature(String detail) {
        super(detail);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }

    @Override
    public String kind() {
        return "webhook-signature-invalid";
    }

    @Override
    public String title() {
        return "The webhook signature is invalid";
    }
}
