package dev.platter.order.checkout;

import dev.platter.platform.web.problem.PlatterException;
import dev.platter.platform.web.problem.ProblemType;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/**
 * payment-service refused (promo invalid or used up, wallet balance too low, ...): answered with its problem kind,
 * status and words, so the app can tell the customer exactly why.
 */
public class PaymentRefused extends PlatterException {

    private final HttpStatus status;
    private final String kind;
    private final String title;

    private PaymentRefused(HttpStatus status, String kind, String title, String detail) {
        super(detail);
        this.status = status;
        this.kind = kind;
        this.title = title;
    }

    public static PaymentRefused from(int status, JsonNode problem) {
        var type = problem.path("type").asString("");
        var kind = type.startsWith(ProblemType.BASE) ? type.substring(ProblemType.BASE.length()) : "payment-refused";
        var resolved = HttpStatus.resolve(status);
        return new PaymentRefused(
                resolved == null ? HttpStatus.UNPROCESSABLE_CONTENT : resolved,
                kind,
                problem.path("title").asString("The payment was refused"),
                problem.path("detail").asString("The payment was refused"));
    }

    @Override
    public HttpStatus status() {
        return status;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public String title() {
        return title;
    }
}
