package dev.platter.payment.payment;

import dev.platter.platform.web.problem.PlatterException;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/** The order already has a payment, made with other terms. */
class PaymentMismatch extends PlatterException {

    PaymentMismatch(UUID orderId) {
        super("Order " + orderId + " already has a payment with a different method, amount or customer");
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }

    @Override
    public String kind() {
        return "payment-mismatch";
    }

    @Override
    public String title() {
        return "The order's payment exists with other terms";
    }
}
