package dev.platter.order.checkout;

import dev.platter.order.cart.CartView;
import dev.platter.platform.events.GeoPoint;
import dev.platter.platform.events.PaymentMethod;
import dev.platter.platform.web.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The cart's price breakdown for a drop-off point, before placing anything; reordering a past order. */
@RestController
class CartQuoteController {

    private final CartQuotes quotes;
    private final Reorders reorders;

    CartQuoteController(CartQuotes quotes, Reorders reorders) {
        this.quotes = quotes;
        this.reorders = reorders;
    }

    record Point(@DecimalMin("-90") @DecimalMax("90") double lat, @DecimalMin("-180") @DecimalMax("180") double lon) {}

    /**
     * The quote for a drop-off point, with what checkout would be given: amounts in the restaurant's currency's minor
     * units; {@code walletAmountMinor} is the wallet part of a CARD or CASH order (a WALLET order is paid wholly).
     */
    record QuoteRequest(
            @NotNull @Valid Point dropOff,
            @Nullable @PositiveOrZero @Max(100_000) Long tipMinor,
            @Nullable @Size(min = 1, max = 32) String promoCode,
            @Nullable PaymentMethod paymentMethod,
            @Nullable @PositiveOrZero @Max(100_000_000) Long walletAmountMinor) {

        @AssertTrue(message = "a WALLET order is paid wholly from the wallet; walletAmountMinor is for CARD or CASH")
        boolean isWalletPartOnlyForSplitPayments() {
            return paymentMethod != PaymentMethod.WALLET || walletAmountMinor == null;
        }
    }

    /** The order's lines into the cart, replacing it; items since sold out are flagged, as in any cart read. */
    @PostMapping("/api/v1/orders/{orderId}/reorder")
    CartView reorder(@AuthenticationPrincipal Jwt token, @PathVariable UUID orderId) {
        return reorders.reorder(CurrentUser.id(token), orderId);
    }

    @PostMapping("/api/v1/cart/quote")
    CartQuote quote(@AuthenticationPrincipal Jwt token, @Valid @RequestBody QuoteRequest request) {
        return quotes.quote(
                CurrentUser.id(token),
                new GeoPoint(request.dropOff().lat(), request.dropOff().lon()),
                new CartQuotes.Options(
                        request.tipMinor() == null ? 0 : request.tipMinor(),
                        request.promoCode(),
                        request.paymentMethod(),
                        request.walletAmountMinor() == null ? 0 : request.walletAmountMinor()));
    }
}
