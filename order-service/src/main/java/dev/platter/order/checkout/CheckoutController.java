package dev.platter.order.checkout;

import dev.platter.platform.events.Address;
import dev.platter.platform.events.GeoPoint;
import dev.platter.platform.events.PaymentMethod;
import dev.platter.platform.web.idempotency.IdempotencyFilter;
import dev.platter.platform.web.idempotency.IdempotentEndpoints;
import dev.platter.platform.web.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/orders}: checkout of the customer's cart. Takes an {@code Idempotency-Key} (the platform's
 * filter replays a repeated request's answer and refuses the same key with another body). No price is accepted.
 */
@RestController
class CheckoutController {

    private final CheckoutService checkout;

    CheckoutController(CheckoutService checkout) {
        this.checkout = checkout;
    }

    @Bean
    static IdempotentEndpoints orderServiceIdempotentEndpoints() {
        return IdempotentEndpoints.of("POST /api/v1/orders");
    }

    /** Who receives the food. */
    record Recipient(
            @NotBlank @Size(max = 100) String name,
            @Nullable @Pattern(regexp = "^\\+[1-9][0-9]{6,14}$", message = "must be an E.164 number") String phone) {}

    /** An address given at checkout (rather than a saved one). */
    record DeliveryAddress(
            @NotBlank @Size(max = 200) String line1,
            @Nullable @Size(max = 200) String line2,
            @NotBlank @Size(max = 100) String city,
            @Nullable @Size(max = 20) String postalCode,
            @NotNull @Pattern(regexp = "[A-Z]{2}") String countryCode,
            @DecimalMin("-90") @DecimalMax("90") double lat,
            @DecimalMin("-180") @DecimalMax("180") double lon) {

        Address toAddress() {
            return new Address(line1, line2, city, postalCode, countryCode, new GeoPoint(lat, lon));
        }
    }

    /**
     * Exactly one of {@code addressId} (a saved address at user-service) and {@code deliveryAddress}.
     *
     * @param walletAmountMinor the part of a CARD or CASH order paid from the wallet (a WALLET order is paid wholly)
     */
    record CheckoutRequest(
            @NotNull @Valid Recipient recipient,
            @Nullable UUID addressId,
            @Nullable @Valid DeliveryAddress deliveryAddress,
            @Nullable @Size(max = 500) String deliveryInstructions,
            @NotNull PaymentMethod paymentMethod,
            @Nullable @PositiveOrZero @Max(100_000_000) Long walletAmountMinor,
            @Nullable @PositiveOrZero @Max(100_000) Long tipMinor,
            @Nullable @Size(min = 1, max = 32) String promoCode) {

        @AssertTrue(message = "a WALLET order is paid wholly from the wallet; walletAmountMinor is for CARD or CASH")
        boolean isWalletPartOnlyForSplitPayments() {
            return paymentMethod != PaymentMethod.WALLET || walletAmountMinor == null;
        }

        @AssertTrue(message = "give either addressId (a saved address) or deliveryAddress, not both")
        boolean isOneAddressGiven() {
            return (addressId == null) != (deliveryAddress == null);
        }
    }

    @PostMapping("/api/v1/orders")
    @ResponseStatus(HttpStatus.CREATED)
    CheckoutService.Placed checkout(
            @AuthenticationPrincipal Jwt token,
            @RequestHeader(IdempotencyFilter.HEADER) String key,
            @Valid @RequestBody CheckoutRequest request) {
        var customerId = CurrentUser.id(token);
        var given = request.deliveryAddress();
        var address = given != null
                ? new CheckoutService.Destination(given.toAddress(), request.deliveryInstructions())
                : checkout.savedAddress(
                        customerId,
                        java.util.Objects.requireNonNull(request.addressId()),
                        request.deliveryInstructions());
        return checkout.checkout(
                customerId,
                key,
                new CheckoutService.Checkout(
                        request.recipient().name().strip(),
                        request.recipient().phone(),
                        address.address(),
                        address.instructions(),
                        request.paymentMethod(),
                        request.walletAmountMinor() == null ? 0 : request.walletAmountMinor(),
                        request.tipMinor() == null ? 0 : request.tipMinor(),
                        request.promoCode()));
    }
}
