package dev.platter.delivery.rider;

import dev.platter.platform.web.problem.NotFoundException;
import java.util.UUID;

/** No operational profile for this rider (not approved, or someone else's). */
public class RiderNotFound extends NotFoundException {

    public RiderNotFound(UUID riderId) {
        super("No rider profile " + riderId);
    }
}
