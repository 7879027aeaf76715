package dev.platter.notification.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.platform.events.Money;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventFactsTest {

    @Test
    void formatsMoneyInTheCurrencysMinorUnits() {
        assertThat(EventFacts.money(Money.of(57300, "INR"))).isEqualTo("INR 573.00");
        assertThat(EventFacts.money(Money.of(5, "INR"))).isEqualTo("INR 0.05");
        assertThat(EventFacts.money(Money.of(1200, "JPY"))).isEqualTo("JPY 1200");
    }

    @Test
    void formatsTimesInTheRestaurantsZoneAndDistancesReadably() {
        assertThat(EventFacts.time(Instant.parse("2026-12-03T14:30:00Z"), ZoneId.of("Asia/Kolkata")))
                .isEqualTo("20:00");
        assertThat(EventFacts.distance(850)).isEqualTo("850 m");
        assertThat(EventFacts.distance(3250)).isEqualTo("3.2 km");
        assertThat(EventFacts.orderRef(UUID.fromString("0195a1b2-0000-7000-8000-000000000000")))
                .isEqualTo("#0195A1B2");
        assertThat(EventFacts.words("PAYMENT_FAILED")).isEqualTo("payment failed");
    }
}
