package dev.platter.platform.web.problem;

import org.springframework.http.HttpStatus;

/** An aggregate was asked for a transition its current state does not allow: answered 409. */
public class IllegalTransition extends PlatterException {

    public IllegalTransition(String aggregate, Object state, String transition) {
        super(aggregate + " in state " + state + " cannot " + transition);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }

    @Override
    public String kind() {
        return "illegal-transition";
    }

    @Override
    public String title() {
        return "Not allowed in the current state";
    }
}
