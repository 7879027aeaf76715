package dev.platter.restaurant.menu;

import dev.platter.platform.web.problem.PlatterException;
import org.springframework.http.HttpStatus;

/** Category order does not match the menu. */
class CategoryOrderMismatch extends PlatterException {

    CategoryOrderMismatch() {
        super("The order must name every category of the menu exactly once");
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }

    @Override
    public String kind() {
        return "category-order-mismatch";
    }

    @Override
    public String title() {
        return "Category order does not match the menu";
    }
}
