package dev.platter.order.cart;

import dev.platter.platform.web.problem.PlatterException;
import org.springframework.http.HttpStatus;

/** The cart's refusals, each its own problem type. */
final class CartProblems {

    private CartProblems() {}

    /** The cart holds another restaurant's lines and the customer did not ask to replace them. */
    static class CartHoldsAnotherRestaurant extends PlatterException {

        CartHoldsAnotherRestaurant() {
            super("Your cart holds another restaurant's items; add with replaceCart=true to start a new cart");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.CONFLICT;
        }

        @Override
        public String kind() {
            return "cart-holds-another-restaurant";
        }

        @Override
        public String title() {
            return "The cart holds another restaurant's items";
        }
    }

    /** The line cannot be ordered as asked: unknown item or option, sold out, or option rules broken. */
    static class LineNotOrderable extends PlatterException {

        LineNotOrderable(String reason, String detail) {
            super(reason + ": " + detail);
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.UNPROCESSABLE_CONTENT;
        }

        @Override
        public String kind() {
            return "line-not-orderable";
        }

        @Override
        public String title() {
            return "This item cannot be ordered as chosen";
        }
    }

    /** The cart is full. */
    static class CartFull extends PlatterException {

        CartFull(int maxLines) {
            super("A cart holds at most " + maxLines + " lines");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.UNPROCESSABLE_CONTENT;
        }

        @Override
        public String kind() {
            return "cart-full";
        }

        @Override
        public String title() {
            return "The cart is full";
        }
    }

    /** The cart kept changing under this request (another device); nothing was changed by it. */
    static class CartChangedConcurrently extends PlatterException {

        CartChangedConcurrently() {
            super("The cart changed meanwhile; read it again and retry");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.CONFLICT;
        }

        @Override
        public String kind() {
            return "conflict";
        }

        @Override
        public String title() {
            return "Conflict";
        }
    }
}
