package dev.platter.order.order;

import dev.platter.platform.events.Money;
import dev.platter.platform.web.problem.PlatterException;
import org.springframework.http.HttpStatus;

/** A refund larger than the order's total, or in another currency. */
class RefundExceedsTotal extends PlatterException {

    RefundExceedsTotal(Money refund, Money total) {
        super("A refund of " + refund.amountMinor() + " " + refund.currency() + " cannot exceed the order's total of "
                + total.amountMinor() + " " + total.currency());
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.UNPROCESSABLE_CONTENT;
    }

    @Override
    public String kind() {
        return "refund-exceeds-total";
    }

    @Override
    public String title() {
        return "Refund exceeds the order's total";
    }
}
