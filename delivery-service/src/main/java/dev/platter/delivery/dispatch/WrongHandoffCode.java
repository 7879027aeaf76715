package dev.platter.delivery.dispatch;

import dev.platter.platform.web.problem.PlatterException;
import org.springframework.http.HttpStatus;

/** The code entered at the door is not the customer's; after the last allowed try, the handoff goes to admins. */
class WrongHandoffCode extends PlatterException {

    WrongHandoffCode(int attemptsLeft) {
        super(
                attemptsLeft > 0
                        ? "That is not the customer's code; " + attemptsLeft + " tries left"
                        : "That is not the customer's code; no tries left, support takes over the handoff");
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.UNPROCESSABLE_CONTENT;
    }

    @Override
    public String kind() {
        return "wrong-handoff-code";
    }

    @Override
    public String title() {
        return "Wrong handoff code";
    }
}
