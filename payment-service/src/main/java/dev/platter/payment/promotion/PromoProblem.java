package dev.platter.payment.promotion;

import dev.platter.platform.web.problem.PlatterException;
import org.springframework.http.HttpStatus;

/** A promo code that does not apply to this cart, with the precise reason as its problem kind. */
public class PromoProblem extends PlatterException {

    /** Why a code does not apply; each is a stable problem type {@code promo-<reason>}. */
    public enum Reason {
        UNKNOWN("No such promo code"),
        INACTIVE("The promo code is no longer active"),
        NOT_STARTED("The promo code is not valid yet"),
        EXPIRED("The promo code has expired"),
        MINIMUM_NOT_MET("The order is below the promo code's minimum"),
        USED_UP("The promo code has no uses left"),
        CUSTOMER_LIMIT_REACHED("The customer has used this promo code as often as allowed"),
        FIRST_ORDER_ONLY("The promo code is for a customer's first order only"),
        WRONG_RESTAURANT("The promo code is not valid at this restaurant"),
        WRONG_CURRENCY("The promo code is in another currency"),
        DISCOUNT_MISMATCH("The discount does not match what the promo code gives now");

        private final String title;

        Reason(String title) {
            this.title = title;
        }

        String kind() {
            return "promo-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public PromoProblem(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.UNPROCESSABLE_CONTENT;
    }

    @Override
    public String kind() {
        return reason.kind();
    }

    @Override
    public String title() {
        return reason.title;
    }
}
