package dev.platter.restaurant.config;

import dev.platter.platform.events.Money;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

/** An amount of money in a request: minor units and an ISO-4217 currency, never negative. */
public record Amount(
        @PositiveOrZero @Max(100_000_000) long amountMinor, @NotNull @Pattern(regexp = "[A-Z]{3}") String currency) {

    public Money toMoney() {
        return Money.of(amountMinor, currency);
    }
}
