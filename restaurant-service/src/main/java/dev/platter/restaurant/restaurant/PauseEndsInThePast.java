package dev.platter.restaurant.restaurant;

import dev.platter.platform.web.problem.PlatterException;
import java.time.Instant;
import org.springframework.http.HttpStatus;

/** A pause must end in the future. */
class PauseEndsInThePast extends PlatterException {

    PauseEndsInThePast(Instant until) {
        super("A pause cannot end in the past (" + until + ")");
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }

    @Override
    public String kind() {
        return "pause-ends-in-the-past";
    }

    @Override
    public String title() {
        return "A pause must end in the future";
    }
}
