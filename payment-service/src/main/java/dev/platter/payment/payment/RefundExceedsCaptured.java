package dev.platter.payment.payment;

import dev.platter.platform.web.problem.PlatterException;
import org.springframework.http.HttpStatus;

/** A refund larger than what is left of the captured amount (or of the card's share, for a card refund). */
class RefundExceedsCaptured extends PlatterException {

    RefundExceedsCaptured(String detail) {
        super(detail);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.UNPROCESSABLE_CONTENT;
    }

    @Override
    public String kind() {
        return "refund-exceeds-captured";
    }

    @Override
    public String title() {
        return "Refund exceeds what was captured";
    }
}
