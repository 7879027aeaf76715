package dev.platter.payment.payment;

import dev.platter.platform.web.problem.PlatterException;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/** A payment was asked for an order that has already ended (cancelled, rejected or expired). */
class OrderEnded extends PlatterException {

    OrderEnded(UUID orderId) {
        super("Order " + orderId + " has ended; no payment is taken for it");
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }

    @Override
    public String kind() {
        return "order-ended";
    }

    @Override
    public String title() {
        return "The order has ended";
    }
}
