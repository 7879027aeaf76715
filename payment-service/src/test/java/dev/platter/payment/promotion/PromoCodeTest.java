package dev.platter.payment.promotion;

import static dev.platter.payment.Orders.SPICE_GARDEN;
import static dev.platter.payment.Orders.inr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platter.payment.promotion.PromoProblem.Reason;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The rules a promo code judges a cart by. */
class PromoCodeTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");
    private static final UUID ASHA = UUID.randomUUID();

    private static PromoTerms terms(
            PromoKind kind,
            @Nullable Integer percent,
            @Nullable Long flat,
            @Nullable Long maxDiscount,
            @Nullable UUID restaurant,
            boolean firstOrderOnly) {
        return new PromoTerms(
                "TIKKA20",
                kind,
                percent,
                flat,
                "INR",
                20000,
                maxDiscount,
                NOW.minus(1, ChronoUnit.DAYS),
                NOW.plus(1, ChronoUnit.DAYS),
                10,
                null,
                2,
                firstOrderOnly,
                restaurant);
    }

    private static PromoCode percent20UpTo100Rupees() {
        return new PromoCode(terms(PromoKind.PERCENT, 20, null, 10000L, null, false), null, NOW);
    }

    private static Cart cart(long itemsTotal) {
        return new Cart(ASHA, SPICE_GARDEN, inr(itemsTotal));
    }

    private static Reason refusal(Runnable evaluation) {
        try {
            evaluation.run();
        } catch (PromoProblem problem) {
            return problem.reason();
        }
        throw new AssertionError("The code applied");
    }

    @Test
    void aPercentageIsOfTheItemsAndCappedAtTheMaximum() {
        var promo = percent20UpTo100Rupees();

        assertThat(promo.discountFor(cart(30000), NOW, 0, true)).isEqualTo(inr(6000));
        assertThat(promo.discountFor(cart(90000), NOW, 0, true)).isEqualTo(inr(10000));
    }

    @Test
    void aFlatAmountIsNeverMoreThanTheItems() {
        var promo = new PromoCode(terms(PromoKind.FLAT, null, 50000L, null, null, false), null, NOW);

        assertThat(promo.discountFor(cart(30000), NOW, 0, true)).isEqualTo(inr(30000));
    }

    @Test
    void answersPreciselyWhyACodeDoesNotApply() {
        var promo = percent20UpTo100Rupees();
        var elsewhere = new PromoCode(terms(PromoKind.PERCENT, 20, null, null, UUID.randomUUID(), false), null, NOW);
        var welcome = new PromoCode(terms(PromoKind.PERCENT, 20, null, null, null, true), null, NOW);

        assertThat(refusal(() -> promo.discountFor(cart(19999), NOW, 0, true))).isEqualTo(Reason.MINIMUM_NOT_MET);
        assertThat(refusal(() -> promo.discountFor(cart(30000), NOW.minus(2, ChronoUnit.DAYS), 0, true)))
                .isEqualTo(Reason.NOT_STARTED);
        assertThat(refusal(() -> promo.discountFor(cart(30000), NOW.plus(1, ChronoUnit.DAYS), 0, true)))
                .isEqualTo(Reason.EXPIRED);
        assertThat(refusal(() -> promo.discountFor(cart(30000), NOW, 2, true)))
                .isEqualTo(Reason.CUSTOMER_LIMIT_REACHED);
        assertThat(refusal(() -> elsewhere.discountFor(cart(30000), NOW, 0, true)))
                .isEqualTo(Reason.WRONG_RESTAURANT);
        assertThat(refusal(() -> welcome.discountFor(cart(30000), NOW, 0, false)))
                .isEqualTo(Reason.FIRST_ORDER_ONLY);
        assertThat(refusal(() -> promo.discountFor(
                        new Cart(ASHA, SPICE_GARDEN, dev.platter.platform.events.Money.of(30000, "USD")),
                        NOW,
                        0,
                        true)))
                .isEqualTo(Reason.WRONG_CURRENCY);
        promo.deactivate();
        assertThat(refusal(() -> promo.discountFor(cart(30000), NOW, 0, true))).isEqualTo(Reason.INACTIVE);
    }

    @Test
    void refusesInconsistentTerms() {
        assertThatThrownBy(() -> new PromoCode(terms(PromoKind.PERCENT, null, 100L, null, null, false), null, NOW))
                .isInstanceOf(PromoTerms.InvalidPromoTerms.class);
        assertThatThrownBy(() -> new PromoCode(terms(PromoKind.FLAT, 10, null, null, null, false), null, NOW))
                .isInstanceOf(PromoTerms.InvalidPromoTerms.class);
    }

    @Test
    void problemTypesNameTheReason() {
        assertThat(new PromoProblem(Reason.USED_UP, "gone").kind()).isEqualTo("promo-used-up");
        assertThat(new PromoProblem(Reason.FIRST_ORDER_ONLY, "no").kind()).isEqualTo("promo-first-order-only");
    }
}
