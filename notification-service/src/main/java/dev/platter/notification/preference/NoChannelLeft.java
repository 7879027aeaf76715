package dev.platter.notification.preference;

import dev.platter.platform.web.problem.PlatterException;
import org.springframework.http.HttpStatus;

/** Preferences that would switch every channel off: order updates are transactional, one channel stays. */
class NoChannelLeft extends PlatterException {

    NoChannelLeft() {
        super("Order updates are transactional: keep at least one of email, push, sms and inApp on");
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.UNPROCESSABLE_CONTENT;
    }

    @Override
    public String kind() {
        return "no-channel-left";
    }

    @Override
    public String title() {
        return "At least one channel must stay on";
    }
}
