package dev.platter.order.cart;

import dev.platter.platform.web.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The customer's cart: read it, add a line, change a quantity, remove a line, clear it. */
@RestController
@RequestMapping("/api/v1/cart")
class CartController {

    private final CartService carts;

    CartController(CartService carts) {
        this.carts = carts;
    }

    @GetMapping
    CartView get(@AuthenticationPrincipal Jwt token) {
        return carts.view(CurrentUser.id(token));
    }

    /** No prices: they are always the restaurant's. {@code replaceCart} starts over if another restaurant's is there. */
    record AddLineRequest(
            @NotNull UUID restaurantId,
            @NotNull UUID menuItemId,
            @Min(1) @Max(50) int quantity,
            @Nullable @Size(max = 30) List<@NotNull UUID> optionIds,
            @Nullable @Size(max = 200) String note,
            @Nullable Boolean replaceCart) {}

    @PostMapping("/lines")
    @ResponseStatus(HttpStatus.CREATED)
    CartView add(@AuthenticationPrincipal Jwt token, @Valid @RequestBody AddLineRequest request) {
        return carts.add(
                CurrentUser.id(token),
                new CartService.NewLine(
                        request.restaurantId(),
                        request.menuItemId(),
                        request.quantity(),
                        request.optionIds() == null ? List.of() : request.optionIds(),
                        request.note() == null || request.note().isBlank()
                                ? null
                                : request.note().strip()),
                Boolean.TRUE.equals(request.replaceCart()));
    }

    record QuantityRequest(@Min(1) @Max(50) int quantity) {}

    @PatchMapping("/lines/{lineId}")
    CartView changeQuantity(
            @AuthenticationPrincipal Jwt token,
            @PathVariable UUID lineId,
            @Valid @RequestBody QuantityRequest request) {
        return carts.changeQuantity(CurrentUser.id(token), lineId, request.quantity());
    }

    @DeleteMapping("/lines/{lineId}")
    CartView remove(@AuthenticationPrincipal Jwt token, @PathVariable UUID lineId) {
        return carts.remove(CurrentUser.id(token), lineId);
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clear(@AuthenticationPrincipal Jwt token) {
        carts.clear(CurrentUser.id(token));
    }
}
