package dev.platter.order.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platter.platform.events.Money;
import dev.platter.platform.web.problem.IllegalTransition;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SupportCaseTest {

    private static final Instant NOW = Instant.parse("2026-12-02T13:00:00Z");

    private static SupportCase missingGarlicBread() {
        return SupportCase.open(
                UUID.randomUUID(), UUID.randomUUID(), SupportCase.Category.MISSING_ITEM, "No garlic bread", NOW);
    }

    @Test
    void isResolvedWithItsRefundOnceAndThenNothingElse() {
        var found = missingGarlicBread();
        var refundId = UUID.randomUUID();
        found.resolve(UUID.randomUUID(), Money.of(20000, "INR"), SupportCase.Destination.WALLET, refundId, null, NOW);

        assertThat(found.status()).isEqualTo(SupportCase.Status.RESOLVED);
        assertThat(found.refund()).isEqualTo(Money.of(20000, "INR"));
        assertThat(found.refundId()).isEqualTo(refundId);
        assertThatThrownBy(() -> found.decline(UUID.randomUUID(), "late", NOW)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> found.resolve(
                        UUID.randomUUID(), Money.of(1, "INR"), SupportCase.Destination.CARD, refundId, null, NOW))
                .isInstanceOf(IllegalTransition.class);
        assertThat(found.refund()).isEqualTo(Money.of(20000, "INR"));
    }

    @Test
    void isDeclinedWithAReasonOnceAndThenNothingElse() {
        var found = missingGarlicBread();
        found.decline(UUID.randomUUID(), "Already refunded", NOW);

        assertThat(found.status()).isEqualTo(SupportCase.Status.DECLINED);
        assertThat(found.outcomeNote()).isEqualTo("Already refunded");
        assertThatThrownBy(() -> found.resolve(
                        UUID.randomUUID(),
                        Money.of(1, "INR"),
                        SupportCase.Destination.WALLET,
                        UUID.randomUUID(),
                        null,
                        NOW))
                .isInstanceOf(IllegalTransition.class);
        assertThat(found.refund()).isNull();
    }

    @Test
    void refundsUnderOneKeyPerCase() {
        var first = missingGarlicBread();
        var second = missingGarlicBread();
        assertThat(first.refundKey()).isEqualTo(first.refundKey()).isNotEqualTo(second.refundKey());
    }
}
