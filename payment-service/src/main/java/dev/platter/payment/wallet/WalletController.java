package dev.platter.payment.wallet;

import dev.platter.platform.events.Money;
import dev.platter.platform.web.idempotency.IdempotencyFilter;
import dev.platter.platform.web.page.PageResponse;
import dev.platter.platform.web.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A customer's own wallet, an admin's view of anyone's, and order-service's balance look-up. */
@RestController
@Validated
class WalletController {

    private final WalletService wallets;
    private final String defaultCurrency;

    WalletController(WalletService wallets, @Value("${platter.payment.default-currency}") String defaultCurrency) {
        this.wallets = wallets;
        this.defaultCurrency = defaultCurrency;
    }

    /** A money amount in a request: positive minor units of an ISO-4217 currency. */
    record Amount(@Positive long amountMinor, @NotNull @Pattern(regexp = "[A-Z]{3}") String currency) {
        Money money() {
            return Money.of(amountMinor, currency);
        }
    }

    record CreditRequest(@NotNull @Valid Amount amount, @NotBlank @Size(max = 300) String note) {}

    @GetMapping("/api/v1/wallet")
    Wallet mine(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) @Nullable String currency) {
        return wallets.wallet(CurrentUser.id(token), currency(currency));
    }

    @GetMapping("/api/v1/wallet/transactions")
    PageResponse<WalletMovement> myHistory(
            @AuthenticationPrincipal Jwt token,
            @RequestParam(required = false) @Nullable String currency,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) int size) {
        return wallets.history(CurrentUser.id(token), currency(currency), page, size);
    }

    @GetMapping("/internal/wallets/{customerId}")
    Wallet forService(@PathVariable UUID customerId, @RequestParam(required = false) @Nullable String currency) {
        return wallets.wallet(customerId, currency(currency));
    }

    @GetMapping("/api/v1/admin/wallets/{customerId}")
    Wallet forAdmin(@PathVariable UUID customerId, @RequestParam(required = false) @Nullable String currency) {
        return wallets.wallet(customerId, currency(currency));
    }

    @GetMapping("/api/v1/admin/wallets/{customerId}/transactions")
    PageResponse<WalletMovement> historyForAdmin(
            @PathVariable UUID customerId,
            @RequestParam(required = false) @Nullable String currency,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) int size) {
        return wallets.history(customerId, currency(currency), page, size);
    }

    @PostMapping("/api/v1/admin/wallets/{customerId}/credits")
    Wallet credit(
            @PathVariable UUID customerId,
            @RequestBody @Valid CreditRequest request,
            HttpServletRequest http,
            @AuthenticationPrincipal Jwt token) {
        var key = (String) http.getAttribute(IdempotencyFilter.KEY_ATTRIBUTE);
        return wallets.credit(
                customerId,
                "admin:" + CurrentUser.id(token) + ":" + key,
                request.amount().money(),
                request.note());
    }

    private String currency(@Nullable String requested) {
        if (requested == null || requested.isBlank()) {
            return defaultCurrency;
        }
        if (!requested.matches("[A-Z]{3}")) {
            throw new dev.platter.platform.web.problem.NotFoundException("No wallet in currency " + requested);
        }
        return requested;
    }
}
