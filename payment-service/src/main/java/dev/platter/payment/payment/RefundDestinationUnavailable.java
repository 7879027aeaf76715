package dev.platter.payment.payment;

import dev.platter.platform.web.problem.PlatterException;
import org.springframework.http.HttpStatus;

/** Money can go back to a card only if a card paid; cash and wallet payments are refunded to the wallet. */
class RefundDestinationUnavailable extends PlatterException {

    RefundDestinationUnavailable(String detail) {
        super(detail);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.UNPROCESSABLE_CONTENT;
    }

    @Override
    public String kind() {
        return "refund-destination-unavailable";
    }

    @Override
    public String title() {
        return "The refund cannot go there";
    }
}
