package dev.platter.delivery.tracking;

import dev.platter.platform.web.problem.PlatterException;
import org.springframework.http.HttpStatus;

/** Positions are taken from riders on shift or with a delivery to finish, not from a rider off work. */
class RiderOffline extends PlatterException {

    RiderOffline() {
        super("Go online before sending positions");
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }

    @Override
    public String kind() {
        return "rider-offline";
    }

    @Override
    public String title() {
        return "Rider is offline";
    }
}
