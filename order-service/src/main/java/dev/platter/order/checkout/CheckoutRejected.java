package dev.platter.order.checkout;

import dev.platter.platform.web.problem.PlatterException;
import org.springframework.http.HttpStatus;

/** Why the cart cannot be checked out as it is; nothing was created. Each reason has its own problem type. */
class CheckoutRejected extends PlatterException {

    /** The reasons, with their problem kind and title. */
    enum Reason {
        RESTAURANT_UNAVAILABLE("restaurant-unavailable", "The restaurant is not taking orders"),
        RESTAURANT_CLOSED("restaurant-closed", "The restaurant is closed"),
        RESTAURANT_PAUSED("restaurant-paused", "The restaurant has paused taking orders"),
        OUTSIDE_DELIVERY_RADIUS("outside-delivery-radius", "The address is outside the restaurant's delivery area"),
        LINE_UNAVAILABLE("item-unavailable", "An item in the cart cannot be ordered"),
        BELOW_MINIMUM_ORDER("below-minimum-order", "The order is below the restaurant's minimum");

        final String kind;
        final String title;

        Reason(String kind, String title) {
            this.kind = kind;
            this.title = title;
        }
    }

    private final Reason reason;

    CheckoutRejected(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.UNPROCESSABLE_CONTENT;
    }

    @Override
    public String kind() {
        return reason.kind;
    }

    @Override
    public String title() {
        return reason.title;
    }
}
