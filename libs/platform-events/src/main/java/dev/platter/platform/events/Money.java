package dev.platter.platform.events;

import java.util.regex.Pattern;

/**
 * An amount of money: integer minor units (paise, cents) of an ISO-4217 currency, never floating point. JSON: {@code
 * {"amountMinor": 34950, "currency": "INR"}}. The amount may be negative only where a field says so.
 *
 * @param amountMinor the amount in the currency's minor unit
 * @param currency the ISO-4217 code, e.g. {@code INR}
 */
public record Money(long amountMinor, String currency) {

    private static final Pattern ISO_4217 = Pattern.compile("[A-Z]{3}");

    public Money {
        if (!ISO_4217.matcher(currency).matches()) {
            throw new IllegalArgumentException("Currency must be an ISO-4217 code such as INR, was '" + currency + "'");
        }
    }

    public static Money of(long amountMinor, String currency) {
        return new Money(amountMinor, currency);
    }

    public static Money zero(String currency) {
        return new Money(0, currency);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(amountMinor, sameCurrency(other).amountMinor), currency);
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(amountMinor, sameCurrency(other).amountMinor), currency);
    }

    public Money times(int factor) {
        return new Money(Math.multiplyExact(amountMinor, factor), currency);
    }

    private Money sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot combine " + currency + " with " + other.currency);
        }
        return other;
    }
}
