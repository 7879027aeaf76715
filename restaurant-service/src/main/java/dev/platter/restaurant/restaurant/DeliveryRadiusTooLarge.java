package dev.platter.restaurant.restaurant;

import dev.platter.platform.web.problem.PlatterException;
import org.springframework.http.HttpStatus;

/** Delivery radius too large. */
class DeliveryRadiusTooLarge extends PlatterException {

    DeliveryRadiusTooLarge(int requested, int maximum) {
        super("A delivery radius of " + requested + " m is more than the " + maximum + " m allowed");
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }

    @Override
    public String kind() {
        return "delivery-radius-too-large";
    }

    @Override
    public String title() {
        return "Delivery radius too large";
    }
}
