package dev.platter.restaurant.review;

import dev.platter.platform.web.problem.PlatterException;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/** An order is reviewed once. */
class AlreadyReviewed extends PlatterException {

    AlreadyReviewed(UUID orderId) {
        super("Order " + orderId + " has been reviewed already");
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }

    @Override
    public String kind() {
        return "already-reviewed";
    }

    @Override
    public String title() {
        return "Already reviewed";
    }
}
