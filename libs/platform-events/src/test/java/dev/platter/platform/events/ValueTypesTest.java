package dev.platter.platform.events;

import static dev.platter.platform.events.EventSamples.inr;
import static dev.platter.platform.events.EventSamples.sample;
import static dev.platter.platform.events.Records.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.platter.platform.events.delivery.RiderLocationUpdated;
import dev.platter.platform.events.order.LineItem;
import dev.platter.platform.events.order.OrderAccepted;
import dev.platter.platform.events.order.OrderCancelled;
import dev.platter.platform.events.order.OrderTotals;
import dev.platter.platform.events.restaurant.MenuChanged;
import dev.platter.platform.events.restaurant.ReviewPublished;
import dev.platter.platform.events.restaurant.TicketAccepted;
import dev.platter.platform.events.user.Role;
import dev.platter.platform.events.user.UserRegistered;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The invariants the contract enforces when an event is built, by a producer or by a consumer reading it. */
class ValueTypesTest {

    @Test
    void moneyIsMinorUnitsOfAnIsoCurrency() {
        assertThat(inr(34_900).plus(inr(10_000))).isEqualTo(Money.of(44_900, "INR"));
        assertThat(inr(34_900).minus(inr(40_000))).isEqualTo(inr(-5_100));
        assertThat(inr(34_900).times(3)).isEqualTo(inr(104_700));
        assertThat(Money.zero("EUR")).isEqualTo(new Money(0, "EUR"));
        assertThatThrownBy(() -> Money.of(100, "inr")).hasMessageContaining("ISO-4217");
        assertThatThrownBy(() -> Money.of(100, "RUPEES")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void moneyRefusesToMixCurrenciesOrOverflow() {
        assertThatThrownBy(() -> inr(100).plus(Money.of(100, "USD")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot combine INR with USD");
        assertThatThrownBy(() -> inr(Long.MAX_VALUE).plus(inr(1))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void geoPointsAreWgs84AndMeasureGreatCircleDistances() {
        assertThat(new GeoPoint(0, 0).distanceMetresTo(new GeoPoint(0, 1))).isCloseTo(111_195, within(1.0));
        double koramangalaToIndiranagar =
                EventSamples.SPICE_GARDEN_ADDRESS.location().distanceMetresTo(EventSamples.ASHA_HOME.location());
        assertThat(koramangalaToIndiranagar).isBetween(5_000.0, 5_300.0);
        assertThatThrownBy(() -> new GeoPoint(91, 0)).hasMessageContaining("Latitude");
        assertThatThrownBy(() -> new GeoPoint(0, -180.5)).hasMessageContaining("Longitude");
        assertThatThrownBy(() -> new GeoPoint(Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void addressesNeedALineACityAndACountryCode() {
        assertThatThrownBy(() -> with(EventSamples.ASHA_HOME, "countryCode", "India"))
                .hasMessageContaining("ISO 3166-1");
        assertThatThrownBy(() -> with(EventSamples.ASHA_HOME, "line1", " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void orderTotalsAddUp() {
        OrderTotals totals = EventSamples.TOTALS;

        assertThatThrownBy(() -> with(totals, "tip", inr(3_000))).hasMessageContaining("Total must be");
        assertThatThrownBy(() -> with(totals, "amountDue", inr(130_955))).hasMessageContaining("total - wallet amount");
        assertThatThrownBy(() -> with(totals, "tax", Money.of(6_355, "USD"))).hasMessageContaining("in INR");
        assertThatThrownBy(() -> with(totals, "discount", inr(-10_000))).hasMessageContaining("non-negative");
    }

    @Test
    void aLineTotalIsUnitPricePlusOptionsTimesQuantity() {
        LineItem margheritas = EventSamples.MARGHERITA_LARGE;

        assertThatThrownBy(() -> with(margheritas, "quantity", 3))
                .hasMessageContaining("Line total of Margherita must be Money[amountMinor=149400");
        assertThatThrownBy(() -> with(margheritas, "quantity", 0)).hasMessageContaining("at least 1");
    }

    @Test
    void aCancellationsRefundIsConsistentWithTheTotal() {
        OrderCancelled cancelled = sample(OrderCancelled.class);

        assertThat(with(cancelled, "refund", OrderCancelled.Refund.full(EventSamples.TOTAL))
                        .refund()
                        .amount())
                .isEqualTo(EventSamples.TOTAL);
        assertThat(with(cancelled, "refund", OrderCancelled.Refund.none("INR"))
                        .refund()
                        .amount())
                .isEqualTo(inr(0));
        assertThatThrownBy(() -> with(cancelled, "refund", OrderCancelled.Refund.full(inr(1_000))))
                .hasMessageContaining("A full refund is the total");
        assertThatThrownBy(() -> with(cancelled, "refund", OrderCancelled.Refund.partial(EventSamples.TOTAL)))
                .hasMessageContaining("is FULL, not PARTIAL");
        assertThatThrownBy(() -> with(cancelled, "refund", OrderCancelled.Refund.partial(inr(200_000))))
                .hasMessageContaining("cannot exceed");
        assertThatThrownBy(() -> new OrderCancelled.Refund(OrderCancelled.Refund.Type.NONE, inr(500)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrderCancelled.Refund.partial(inr(0))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theHandoffCodeHasFourDigitsAndNeverReachesALog() {
        OrderAccepted accepted = sample(OrderAccepted.class);

        assertThatThrownBy(() -> with(accepted, "handoffCode", "48A1")).hasMessageContaining("4 digits");
        assertThatThrownBy(() -> with(accepted, "handoffCode", "48210")).hasMessageContaining("4 digits");
        assertThat(accepted.toString())
                .doesNotContain(EventSamples.HANDOFF_CODE)
                .contains("handoffCode=****");
    }

    @Test
    void ratingsAreOneToFiveStars() {
        ReviewPublished review = sample(ReviewPublished.class);

        assertThatThrownBy(() -> with(review, "restaurantRating", 6)).hasMessageContaining("1 to 5 stars");
        assertThatThrownBy(() -> with(review, "riderRating", 0)).hasMessageContaining("1 to 5 stars");
        assertThat(with(review, "riderRating", null).riderRating()).isNull();
    }

    @Test
    void optionGroupsAllowAtLeastOneChoice() {
        assertThatThrownBy(() -> new MenuChanged.OptionGroup(UUID.randomUUID(), "Size", 2, 1, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MenuChanged.OptionGroup(UUID.randomUUID(), "Size", 0, 0, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void positionsAndPrepTimesArePlausible() {
        RiderLocationUpdated position = sample(RiderLocationUpdated.class);

        assertThatThrownBy(() -> with(position, "headingDegrees", 400.0)).hasMessageContaining("Heading");
        assertThatThrownBy(() -> with(position, "speedMetresPerSecond", -1.0)).hasMessageContaining("Speed");
        assertThatThrownBy(() -> with(sample(TicketAccepted.class), "prepMinutes", 0))
                .hasMessageContaining("at least a minute");
    }

    @Test
    void eventsCopyTheCollectionsTheyAreGiven() {
        Set<Role> roles = new HashSet<>(Set.of(Role.CUSTOMER));
        UserRegistered registered = with(sample(UserRegistered.class), "roles", roles);

        roles.add(Role.ADMIN);

        assertThat(registered.roles()).containsExactly(Role.CUSTOMER);
    }
}
