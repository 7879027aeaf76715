package dev.platter.restaurant.menu;

import dev.platter.platform.web.problem.PlatterException;
import org.springframework.http.HttpStatus;

/** Price in the wrong currency. */
class PriceCurrencyMismatch extends PlatterException {

    PriceCurrencyMismatch(String field, String given, String currency) {
        super("The " + field + " is in " + given + "; this restaurant prices in " + currency);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }

    @Override
    public String kind() {
        return "currency-mismatch";
    }

    @Override
    public String title() {
        return "Price in the wrong currency";
    }
}
