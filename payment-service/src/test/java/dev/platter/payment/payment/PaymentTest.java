package dev.platter.payment.payment;

import static dev.platter.payment.Orders.PANEER_TIKKA_DINNER;
import static dev.platter.payment.Orders.inr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platter.platform.events.Money;
import dev.platter.platform.events.PaymentMethod;
import dev.platter.platform.events.payment.PaymentFailed;
import dev.platter.platform.web.problem.IllegalTransition;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every transition of a payment, legal and illegal. */
class PaymentTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    private static Payment payment(PaymentMethod method, Money total, Money wallet) {
        return new Payment(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                method,
                total,
                wallet,
                null,
                inr(0),
                NOW);
    }

    private static Payment authorisedSplitCard() {
        var payment = payment(PaymentMethod.CARD, PANEER_TIKKA_DINNER, inr(10000));
        payment.intentCreated("pi_tikka", "pi_tikka_secret", NOW);
        payment.authorize(NOW);
        payment.drainHappened();
        return payment;
    }

    @Test
    void aCardPaymentWaitsForItsAuthorisationWhileWalletAndCashAreSecuredAtOnce() {
        var card = payment(PaymentMethod.CARD, PANEER_TIKKA_DINNER, inr(0));
        var wallet = payment(PaymentMethod.WALLET, PANEER_TIKKA_DINNER, PANEER_TIKKA_DINNER);
        var cash = payment(PaymentMethod.CASH, PANEER_TIKKA_DINNER, inr(0));

        assertThat(card.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(card.drainHappened()).isEmpty();
        assertThat(wallet.status()).isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(wallet.drainHappened()).containsExactly(Payment.Happened.AUTHORIZED);
        assertThat(cash.status()).isEqualTo(PaymentStatus.AUTHORIZED);
    }

    @Test
    void refusesAmountsThatDoNotFitTheMethod() {
        assertThatThrownBy(() -> payment(PaymentMethod.WALLET, PANEER_TIKKA_DINNER, inr(100)))
                .isInstanceOf(Payment.InconsistentPayment.class);
        assertThatThrownBy(() -> payment(PaymentMethod.CARD, PANEER_TIKKA_DINNER, PANEER_TIKKA_DINNER))
                .isInstanceOf(Payment.InconsistentPayment.class);
    }

    @Test
    void aCaptureTakesTheCardShareFirstAndTheWalletForTheRest() {
        var payment = authorisedSplitCard();

        assertThat(payment.requestCapture(30000, NOW)).isNull();
        assertThat(payment.status()).isEqualTo(PaymentStatus.CAPTURE_REQUESTED);
        assertThat(payment.cardKeep()).isEqualTo(24950);
        var split = payment.captured(24950, NOW);

        assertThat(split).isEqualTo(new Payment.Split(24950, 5050, 4950));
        assertThat(payment.status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(payment.walletState()).isEqualTo(WalletState.DEBITED);
        assertThat(payment.refundable()).isEqualTo(30000);
        assertThat(payment.refundableToCard()).isEqualTo(24950);
        assertThat(payment.drainHappened()).containsExactly(Payment.Happened.CAPTURED);
    }

    @Test
    void aWalletPaymentIsTakenAtOnceWhenCaptured() {
        var payment = payment(PaymentMethod.WALLET, PANEER_TIKKA_DINNER, PANEER_TIKKA_DINNER);

        var split = payment.requestCapture(PANEER_TIKKA_DINNER.amountMinor(), NOW);

        assertThat(split).isEqualTo(new Payment.Split(0, 34950, 0));
        assertThat(payment.status()).isEqualTo(PaymentStatus.CAPTURED);
    }

    @Test
    void voidingReleasesTheWalletOnceAndWaitsForTheProviderWhenThereIsAnIntent() {
        var payment = authorisedSplitCard();

        assertThat(payment.requestVoid(NOW)).isTrue();
        assertThat(payment.status()).isEqualTo(PaymentStatus.VOID_REQUESTED);
        assertThat(payment.voided(NOW)).isFalse();
        assertThat(payment.status()).isEqualTo(PaymentStatus.VOIDED);
        assertThatThrownBy(() -> payment.requestCapture(100, NOW)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> payment.authorize(NOW)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void aFailedCardReleasesTheWalletAndCannotBeCapturedOrAuthorisedAfter() {
        var payment = payment(PaymentMethod.CARD, PANEER_TIKKA_DINNER, inr(500));

        assertThat(payment.fail(PaymentFailed.Reason.CARD_DECLINED, "insufficient_funds", NOW))
                .isTrue();

        assertThat(payment.drainHappened()).containsExactly(Payment.Happened.FAILED);
        assertThatThrownBy(() -> payment.authorize(NOW)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> payment.captured(100, NOW)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void refundsNeverExceedTheCaptureNorTheCardShare() {
        var payment = authorisedSplitCard();
        payment.requestCapture(PANEER_TIKKA_DINNER.amountMinor(), NOW);
        payment.captured(24950, NOW);

        payment.refunded(20000, 0, NOW);
        payment.refunded(0, 14950, NOW);

        assertThat(payment.refundable()).isZero();
        assertThatThrownBy(() -> payment.refunded(0, 1, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> payment.refunded(4951, 0, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cashIsCollectedWithItsWalletPartAndOnlyOnce() {
        var payment = payment(PaymentMethod.CASH, PANEER_TIKKA_DINNER, inr(4950));
        payment.drainHappened();

        var split = payment.cashCollected(30000, NOW);

        assertThat(split).isEqualTo(new Payment.Split(30000, 4950, 0));
        assertThat(payment.status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThatThrownBy(() -> payment.cashCollected(30000, NOW)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> payment.requestCapture(100, NOW)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void anIntentBelongsToOnePayment() {
        var payment = authorisedSplitCard();

        assertThatThrownBy(() -> payment.intentCreated("pi_other", null, NOW))
                .isInstanceOf(IllegalStateException.class);
    }
}
