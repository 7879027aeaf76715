package dev.platter.payment.promotion;

import dev.platter.platform.events.Money;
import dev.platter.platform.web.page.PageResponse;
import dev.platter.platform.web.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Admins make and end codes; order-service and customers ask what a code gives a cart. */
@RestController
@Validated
class PromotionController {

    private final PromotionService promotions;

    PromotionController(PromotionService promotions) {
        this.promotions = promotions;
    }

    record Amount(@PositiveOrZero long amountMinor, @NotNull @Pattern(regexp = "[A-Z]{3}") String currency) {
        Money money() {
            return Money.of(amountMinor, currency);
        }
    }

    record EvaluateRequest(
            @NotBlank @Size(max = 32) String code,
            @NotNull UUID customerId,
            @NotNull UUID restaurantId,
            @NotNull @Valid Amount itemsTotal,
            @Nullable UUID orderId) {}

    record CustomerEvaluateRequest(
            @NotBlank @Size(max = 32) String code, @NotNull UUID restaurantId, @NotNull @Valid Amount itemsTotal) {}

    record Evaluation(String code, Money discount) {}

    @PostMapping("/internal/promotions/evaluate")
    Evaluation evaluate(@RequestBody @Valid EvaluateRequest request) {
        var cart = new Cart(
                request.customerId(),
                request.restaurantId(),
                request.itemsTotal().money());
        return new Evaluation(
                PromoCode.normalize(request.code()), promotions.evaluate(request.code(), cart, request.orderId()));
    }

    @PostMapping("/api/v1/promotions/evaluate")
    Evaluation evaluateForCustomer(
            @AuthenticationPrincipal Jwt token, @RequestBody @Valid CustomerEvaluateRequest request) {
        var cart = new Cart(
                CurrentUser.id(token),
                request.restaurantId(),
                request.itemsTotal().money());
        return new Evaluation(PromoCode.normalize(request.code()), promotions.evaluate(request.code(), cart, null));
    }

    @PostMapping("/api/v1/admin/promotions")
    @ResponseStatus(HttpStatus.CREATED)
    PromoView create(@AuthenticationPrincipal Jwt token, @RequestBody @Valid PromoTerms terms) {
        return promotions.create(terms, CurrentUser.id(token));
    }

    @GetMapping("/api/v1/admin/promotions")
    PageResponse<PromoView> list(
            @RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "20") @Min(1) int size) {
        return promotions.list(page, size);
    }

    @PostMapping("/api/v1/admin/promotions/{id}/deactivate")
    PromoView deactivate(@PathVariable UUID id) {
        return promotions.deactivate(id);
    }
}
