package dev.platter.restaurant.restaurant;

import dev.platter.platform.web.problem.PlatterException;
import org.springframework.http.HttpStatus;

/** A restaurant's currency is fixed: its menu, orders and payouts are in it. */
class CurrencyChangeRefused extends PlatterException {

    CurrencyChangeRefused(String current, String requested) {
        super("The restaurant's prices are in " + current + "; its currency cannot become " + requested);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }

    @Override
    public String kind() {
        return "currency-change-refused";
    }

    @Override
    public String title() {
        return "A restaurant's currency cannot change";
    }
}
