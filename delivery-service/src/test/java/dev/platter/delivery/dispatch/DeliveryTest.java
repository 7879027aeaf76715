package dev.platter.delivery.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platter.platform.events.GeoPoint;
import dev.platter.platform.events.delivery.DeliveryCancelled;
import dev.platter.platform.events.delivery.DeliveryCompleted;
import dev.platter.platform.events.delivery.HandoffFailed;
import dev.platter.platform.web.problem.IllegalTransition;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every transition of a delivery, legal and illegal. */
class DeliveryTest {

    private static final Instant NOW = Instant.parse("2026-12-02T13:00:00Z");
    private static final GeoPoint SPICE_GARDEN = new GeoPoint(12.9716, 77.5946);
    private static final GeoPoint RESIDENCY_ROAD = new GeoPoint(12.9667, 77.6050);
    private static final UUID RIDER = UUID.randomUUID();

    private static Delivery searching() {
        var order = DeliveryMother.orderAccepted(
                UUID.randomUUID(), UUID.randomUUID(), SPICE_GARDEN, RESIDENCY_ROAD, Duration.ofMinutes(10));
        return Delivery.forOrder(order, 2000, 1600, NOW);
    }

    private static Offer offer(Delivery delivery, UUID rider) {
        return new Offer(delivery.id(), rider, NOW, NOW.plusSeconds(30), 400);
    }

    private static Delivery assigned() {
        var delivery = searching();
        var offer = offer(delivery, RIDER);
        delivery.offer(offer, NOW);
        delivery.accepted(offer, "Kiran", NOW.plusSeconds(120), NOW.plusSeconds(900), NOW.plusSeconds(5));
        return delivery;
    }

    private static Delivery pickedUp() {
        var delivery = assigned();
        delivery.arrived(RIDER, NOW.plusSeconds(200));
        delivery.pickedUp(RIDER, NOW.plusSeconds(900), NOW.plusSeconds(600));
        return delivery;
    }

    @Test
    void walksToDeliveredWithGrowingVersionsAndNoCodeInTheEvents() {
        var delivery = searching();
        var requested = delivery.requested();
        var offer = offer(delivery, RIDER);
        var offered = delivery.offer(offer, NOW);
        var assigned =
                delivery.accepted(offer, "Kiran", NOW.plusSeconds(120), NOW.plusSeconds(900), NOW.plusSeconds(5));
        var arrived = delivery.arrived(RIDER, NOW.plusSeconds(200));
        var picked = delivery.pickedUp(RIDER, NOW.plusSeconds(900), NOW.plusSeconds(600));
        var handoff = delivery.handOver(RIDER, DeliveryMother.HANDOFF_CODE, 3, 4600, NOW.plusSeconds(900));

        assertThat(handoff.delivered()).isTrue();
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(offer.status()).isEqualTo(OfferStatus.ACCEPTED);
        var completed = (DeliveryCompleted) handoff.event();
        assertThat(completed.distanceMetres()).isEqualTo(1600);
        assertThat(new long[] {
                    requested.version(),
                    offered.version(),
                    assigned.version(),
                    arrived.version(),
                    picked.version(),
                    completed.version()
                })
                .isSorted()
                .doesNotHaveDuplicates();
        for (var event : new Object[] {requested, offered, assigned, arrived, picked, completed}) {
            assertThat(event.toString()).doesNotContain("=" + DeliveryMother.HANDOFF_CODE);
        }
        assertThat(delivery.earningMinor()).isEqualTo(4600);
    }

    @Test
    void aDeclinedOrExpiredOfferPutsItBackToSearching() {
        var delivery = searching();
        var first = offer(delivery, RIDER);
        delivery.offer(first, NOW);
        delivery.declined(first, "Raining", NOW.plusSeconds(3));
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SEARCHING);
        assertThat(first.status()).isEqualTo(OfferStatus.DECLINED);

        var second = offer(delivery, UUID.randomUUID());
        delivery.offer(second, NOW.plusSeconds(4));
        delivery.expired(second, NOW.plusSeconds(40));
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SEARCHING);
        assertThat(second.status()).isEqualTo(OfferStatus.EXPIRED);
        assertThat(delivery.offersMade()).isEqualTo(2);
    }

    @Test
    void anOfferIsAcceptedOnceAndNeverAfterItExpires() {
        var delivery = searching();
        var offer = offer(delivery, RIDER);
        delivery.offer(offer, NOW);
        assertThatThrownBy(() -> delivery.accepted(offer, "Kiran", NOW, NOW, NOW.plusSeconds(30)))
                .isInstanceOf(IllegalTransition.class);
        delivery.accepted(offer, "Kiran", NOW, NOW, NOW.plusSeconds(29));
        assertThatThrownBy(() -> delivery.accepted(offer, "Kiran", NOW, NOW, NOW.plusSeconds(29)))
                .isInstanceOf(IllegalTransition.class);
    }

    @Test
    void stepsOutOfOrderAreIllegal() {
        var delivery = searching();
        assertThatThrownBy(() -> delivery.arrived(RIDER, NOW)).isInstanceOf(DeliveryNotFound.class);
        var assigned = assigned();
        assertThatThrownBy(() -> assigned.pickedUp(RIDER, NOW, NOW)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> assigned.handOver(RIDER, DeliveryMother.HANDOFF_CODE, 3, 0, NOW))
                .isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> assigned.arrived(UUID.randomUUID(), NOW))
                .as("another rider's delivery")
                .isInstanceOf(DeliveryNotFound.class);
        assertThatThrownBy(() -> assigned.offer(offer(assigned, RIDER), NOW)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void threeWrongCodesFailTheHandoffNoMoreAreTakenAndOpsCompleteIt() {
        var delivery = pickedUp();
        assertThat(delivery.handOver(RIDER, "0000", 3, 0, NOW).attemptsLeft()).isEqualTo(2);
        var second = delivery.handOver(RIDER, "1111", 3, 0, NOW);
        assertThat(second.event()).isNull();
        var third = delivery.handOver(RIDER, "2222", 3, 0, NOW);
        assertThat(third.event()).isInstanceOf(HandoffFailed.class);
        assertThat(delivery.handoffFailed()).isTrue();
        assertThatThrownBy(() -> delivery.handOver(RIDER, DeliveryMother.HANDOFF_CODE, 3, 0, NOW))
                .isInstanceOf(IllegalTransition.class);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PICKED_UP);
        var completed = delivery.completedByHand(4600, NOW);
        assertThat(completed.riderId()).isEqualTo(RIDER);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThatThrownBy(() -> delivery.completedByHand(4600, NOW)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void cancelsBeforePickupNamingTheRiderAndIgnoresItAfter() {
        var searching = searching();
        assertThat(searching
                        .cancel(null, DeliveryCancelled.Reason.ORDER_CANCELLED, NOW)
                        .riderId())
                .isNull();

        var offered = searching();
        var offer = offer(offered, RIDER);
        offered.offer(offer, NOW);
        assertThat(offered.cancel(RIDER, DeliveryCancelled.Reason.ORDER_CANCELLED, NOW)
                        .riderId())
                .isEqualTo(RIDER);

        var assigned = assigned();
        assertThat(assigned.cancel(null, DeliveryCancelled.Reason.ORDER_CANCELLED, NOW)
                        .riderId())
                .isEqualTo(RIDER);
        assertThat(assigned.cancel(null, DeliveryCancelled.Reason.ORDER_CANCELLED, NOW))
                .isNull();

        var atRestaurant = assigned();
        atRestaurant.arrived(RIDER, NOW);
        assertThat(atRestaurant.cancel(null, DeliveryCancelled.Reason.ORDER_CANCELLED, NOW))
                .isNotNull();

        var picked = pickedUp();
        assertThat(picked.cancel(null, DeliveryCancelled.Reason.ORDER_CANCELLED, NOW))
                .isNull();
        assertThat(picked.status()).isEqualTo(DeliveryStatus.PICKED_UP);
    }

    @Test
    void reportsUnassignableOnceAfterSearchingLongEnough() {
        var delivery = searching();
        assertThat(delivery.searchedInVain(Duration.ofMinutes(3), NOW.plusSeconds(60)))
                .isNull();
        assertThat(delivery.searchedInVain(Duration.ofMinutes(3), NOW.plusSeconds(200)))
                .isNotNull();
        assertThat(delivery.searchedInVain(Duration.ofMinutes(3), NOW.plusSeconds(400)))
                .isNull();
        assertThat(delivery.dispatchAttempts()).isEqualTo(3);
    }

    @Test
    void opsReassignBeforePickupOnly() {
        var delivery = assigned();
        var other = UUID.randomUUID();
        assertThat(delivery.assignedByHand(other, "Omar", NOW, NOW, NOW).riderId())
                .isEqualTo(other);
        var picked = pickedUp();
        assertThatThrownBy(() -> picked.assignedByHand(other, "Omar", NOW, NOW, NOW))
                .isInstanceOf(IllegalTransition.class);
    }

    @Test
    void theKitchensReadyTimeCountsUntilPickup() {
        var delivery = assigned();
        assertThat(delivery.foodReady(NOW.plusSeconds(300))).isTrue();
        assertThat(delivery.readyAt()).isEqualTo(NOW.plusSeconds(300));
        var picked = pickedUp();
        assertThat(picked.foodReady(NOW.plusSeconds(1000))).isFalse();
    }
}
