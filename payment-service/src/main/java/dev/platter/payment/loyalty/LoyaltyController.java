package dev.platter.payment.loyalty;

import dev.platter.platform.web.idempotency.IdempotencyFilter;
import dev.platter.platform.web.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A customer's own points, and redeeming them into wallet credit. */
@RestController
class LoyaltyController {

    private final LoyaltyService loyalty;
    private final String currency;

    LoyaltyController(LoyaltyService loyalty, @Value("${platter.payment.default-currency}") String currency) {
        this.loyalty = loyalty;
        this.currency = currency;
    }

    record RedeemRequest(@Positive @Max(10_000_000) long points) {}

    @GetMapping("/api/v1/loyalty")
    LoyaltyService.Points mine(@AuthenticationPrincipal Jwt token) {
        return loyalty.balance(CurrentUser.id(token));
    }

    @PostMapping("/api/v1/loyalty/redemptions")
    LoyaltyService.Redemption redeem(
            @AuthenticationPrincipal Jwt token, @RequestBody @Valid RedeemRequest request, HttpServletRequest http) {
        var customerId = CurrentUser.id(token);
        var key = (String) http.getAttribute(IdempotencyFilter.KEY_ATTRIBUTE);
        return loyalty.redeem(customerId, request.points(), customerId + ":" + key, currency);
    }
}
