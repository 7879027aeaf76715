package dev.platter.restaurant.menu;

import dev.platter.platform.web.problem.PlatterException;
import org.springframework.http.HttpStatus;

/** Menu too large. */
class MenuTooLarge extends PlatterException {

    MenuTooLarge(String what, int maximum) {
        super("A menu holds at most " + maximum + " " + what);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }

    @Override
    public String kind() {
        return "menu-too-large";
    }

    @Override
    public String title() {
        return "Menu too large";
    }
}
