package dev.platter.order.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.platform.events.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PricingTest {

    /** ₹20 up to 2 km, ₹8 per started km beyond, 5% tax. */
    private final Pricing pricing = new Pricing(new PricingProperties(2000, 2000, 800, 500));

    private static Money inr(long minor) {
        return Money.of(minor, "INR");
    }

    @ParameterizedTest
    @CsvSource({"0, 2000", "2000, 2000", "2001, 2800", "3000, 2800", "3001, 3600", "4999, 4400"})
    void chargesTheBaseFeeThenEveryStartedKilometre(long metres, long feeMinor) {
        assertThat(pricing.deliveryFee(metres, "INR")).isEqualTo(inr(feeMinor));
    }

    @Test
    void taxesItemsAndPackagingRoundingHalfUp() {
        assertThat(pricing.tax(inr(105800), inr(2000))).isEqualTo(inr(5390));
        assertThat(pricing.tax(inr(10), inr(0))).as("0.5 rounds up").isEqualTo(inr(1));
        assertThat(pricing.tax(inr(9), inr(0))).as("0.45 rounds down").isEqualTo(inr(0));
    }

    @Test
    void addsEverythingUpAndSplitsTheWalletPart() {
        var totals = pricing.breakdown(inr(105800), inr(2000), 2400, inr(3000), inr(10000), inr(50000), "WELCOME100");
        assertThat(totals.deliveryFee()).isEqualTo(inr(2800));
        assertThat(totals.tax()).isEqualTo(inr(5390));
        assertThat(totals.total()).isEqualTo(inr(105800 + 2000 + 2800 + 5390 + 3000 - 10000));
        assertThat(totals.walletAmount()).isEqualTo(inr(50000));
        assertThat(totals.amountDue()).isEqualTo(inr(108990 - 50000));
        assertThat(totals.promoCode()).isEqualTo("WELCOME100");
    }

    @Test
    void neverDiscountsBelowTheItemsNorTakesMoreFromTheWalletThanTheTotal() {
        var totals = pricing.breakdown(inr(20000), inr(0), 0, inr(0), inr(99999), inr(999999), "BIG");
        assertThat(totals.discount()).isEqualTo(inr(20000));
        assertThat(totals.total()).isEqualTo(inr(2000 + 1000));
        assertThat(totals.walletAmount()).isEqualTo(totals.total());
        assertThat(totals.amountDue()).isEqualTo(inr(0));
    }

    @Test
    void dropsThePromoCodeWhenItGivesNothing() {
        var totals = pricing.breakdown(inr(20000), inr(0), 0, inr(0), inr(0), inr(0), "NOTHING");
        assertThat(totals.promoCode()).isNull();
        assertThat(totals.amountDue()).isEqualTo(totals.total());
    }
}
