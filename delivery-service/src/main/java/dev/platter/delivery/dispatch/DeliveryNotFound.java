package dev.platter.delivery.dispatch;

import dev.platter.platform.web.problem.NotFoundException;
import java.util.UUID;

/** No such delivery or offer, or not the caller's (someone else's answers 404). */
public class DeliveryNotFound extends NotFoundException {

    public DeliveryNotFound(UUID id) {
        super("No delivery or offer " + id);
    }
}
