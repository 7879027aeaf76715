package dev.platter.order.order;

import static dev.platter.order.order.OrderMother.NOW;
import static dev.platter.order.order.OrderMother.inStatus;
import static dev.platter.order.order.OrderMother.inr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platter.platform.events.PaymentMethod;
import dev.platter.platform.events.order.OrderAccepted;
import dev.platter.platform.events.order.OrderCancelled;
import dev.platter.platform.events.order.OrderEvent;
import dev.platter.platform.events.order.OrderPlaced;
import dev.platter.platform.events.order.OrderRejected;
import dev.platter.platform.web.problem.IllegalTransition;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every transition of the order from every status: the legal ones move it and announce it, the others leave it as it
 * was (events: superseded; commands: {@link IllegalTransition}).
 */
class OrderTest {

    private static final Set<OrderStatus> WITH_THE_RESTAURANT =
            EnumSet.of(OrderStatus.ACCEPTED, OrderStatus.PREPARING, OrderStatus.READY_FOR_PICKUP);

    /** Applies an event reaction in {@code from}: moves to {@code to} when legal, changes nothing otherwise. */
    private static void assertEventTransition(
            OrderStatus from,
            Set<OrderStatus> legalFrom,
            OrderStatus to,
            Function<Order, @Nullable OrderEvent> reaction) {
        var order = inStatus(from);
        long revision = order.revision();
        int steps = order.timeline().size();
        var event = reaction.apply(order);
        if (legalFrom.contains(from)) {
            assertThat(event).isNotNull();
            assertThat(order.status()).isEqualTo(to);
            assertThat(event.version()).isEqualTo(order.revision()).isEqualTo(revision + 1);
            assertThat(event.orderId()).isEqualTo(order.id());
            assertThat(order.timeline()).hasSize(steps + 1);
            assertThat(order.timeline().get(steps).status()).isEqualTo(to);
        } else {
            assertThat(event).as("superseded in " + from).isNull();
            assertThat(order.status()).isEqualTo(from);
            assertThat(order.revision()).isEqualTo(revision);
            assertThat(order.timeline()).hasSize(steps);
        }
    }

    /** Applies a command in {@code from}: moves to {@code to} when legal, refuses with IllegalTransition otherwise. */
    private static void assertCommandTransition(
            OrderStatus from, Set<OrderStatus> legalFrom, OrderStatus to, Function<Order, OrderEvent> command) {
        var order = inStatus(from);
        long revision = order.revision();
        if (legalFrom.contains(from)) {
            var event = command.apply(order);
            assertThat(order.status()).isEqualTo(to);
            assertThat(event.version()).isEqualTo(revision + 1);
        } else {
            assertThatThrownBy(() -> command.apply(order))
                    .isInstanceOf(IllegalTransition.class)
                    .hasMessageContaining(from.name());
            assertThat(order.status()).isEqualTo(from);
            assertThat(order.revision()).isEqualTo(revision);
        }
    }

    @Test
    void startsPendingPaymentWithItsExpiryAndAnnouncesItsCreation() {
        var order = Order.create(OrderMother.newOrder(), null, NOW.plus(Duration.ofMinutes(15)), NOW);
        var created = order.created();
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(order.handoffCode()).as("made only when placed").isNull();
        assertThat(created.paymentExpiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(created.totals().total()).isEqualTo(inr(118090));
        assertThat(created.version()).isEqualTo(1);
        assertThat(order.timeline()).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
            assertThat(entry.at()).isEqualTo(NOW);
        });
    }

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void isPlacedWithAHandoffCodeOnlyFromPendingPayment(OrderStatus from) {
        assertEventTransition(
                from,
                EnumSet.of(OrderStatus.PENDING_PAYMENT),
                OrderStatus.PLACED,
                order -> order.paymentAuthorized("0042", NOW));
        if (from == OrderStatus.PENDING_PAYMENT) {
            var order = inStatus(from);
            OrderPlaced placed = order.paymentAuthorized("0042", NOW);
            assertThat(order.handoffCode()).isEqualTo("0042");
            assertThat(placed.toString()).doesNotContain("0042");
            assertThat(placed.lines()).hasSize(2);
        }
    }

    @Test
    void aRepeatedAuthorisationKeepsTheFirstHandoffCode() {
        var order = inStatus(OrderStatus.PENDING_PAYMENT);
        order.paymentAuthorized("1111", NOW);
        assertThat(order.paymentAuthorized("2222", NOW)).isNull();
        assertThat(order.handoffCode()).isEqualTo("1111");
    }

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void isCancelledByAFailedPaymentOnlyWhilePending(OrderStatus from) {
        assertEventTransition(
                from,
                EnumSet.of(OrderStatus.PENDING_PAYMENT),
                OrderStatus.CANCELLED,
                order -> order.paymentFailed(NOW));
    }

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void expiresOnlyWhilePending(OrderStatus from) {
        assertEventTransition(
                from,
                EnumSet.of(OrderStatus.PENDING_PAYMENT),
                OrderStatus.CANCELLED,
                order -> order.paymentExpired(NOW));
        if (from == OrderStatus.PENDING_PAYMENT) {
            var cancelled = inStatus(from).paymentExpired(NOW);
            assertThat(cancelled.cancelledBy()).isEqualTo(OrderCancelled.CancelledBy.SYSTEM);
            assertThat(cancelled.reason()).isEqualTo(OrderCancelled.Reason.PAYMENT_EXPIRED);
            assertThat(cancelled.refund().type()).isEqualTo(OrderCancelled.Refund.Type.FULL);
        }
    }

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void isCancelledWhenPaymentServiceRefusesOnlyWhilePending(OrderStatus from) {
        assertCommandTransition(
                from,
                EnumSet.of(OrderStatus.PENDING_PAYMENT),
                OrderStatus.CANCELLED,
                order -> order.paymentRefused("promo used up", NOW));
    }

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void isAcceptedOnlyWhenPlaced(OrderStatus from) {
        assertEventTransition(
                from,
                EnumSet.of(OrderStatus.PLACED),
                OrderStatus.ACCEPTED,
                order -> order.accepted(OrderMother.ticketAccepted(order), NOW));
    }

    @Test
    void acceptanceCarriesWhatTheDeliveryNeedsIncludingTheHandoffCode() {
        var order = Order.create(
                OrderMother.newOrder(UUID.randomUUID(), UUID.randomUUID(), PaymentMethod.CASH),
                null,
                NOW.plusSeconds(900),
                NOW);
        order.paymentAuthorized("7305", NOW);
        var ticket = OrderMother.ticketAccepted(order);
        OrderAccepted accepted = order.accepted(ticket, NOW);
        assertThat(accepted.handoffCode()).isEqualTo("7305");
        assertThat(accepted.toString()).doesNotContain("7305");
        assertThat(accepted.readyAt()).isEqualTo(ticket.readyAt());
        assertThat(accepted.pickupAddress()).isEqualTo(OrderMother.SPICE_GARDEN);
        assertThat(accepted.deliveryAddress()).isEqualTo(OrderMother.RESIDENCY_ROAD);
        assertThat(accepted.cashToCollect()).isEqualTo(inr(118090));
        assertThat(accepted.itemCount()).isEqualTo(2);
        assertThat(order.prepMinutes()).isEqualTo(15);
    }

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void isRejectedOnlyWhenPlaced(OrderStatus from) {
        assertEventTransition(
                from,
                EnumSet.of(OrderStatus.PLACED),
                OrderStatus.REJECTED,
                order -> order.rejected(OrderMother.ticketRejected(order), NOW));
        if (from == OrderStatus.PLACED) {
            var order = inStatus(from);
            OrderRejected rejected = order.rejected(
                    OrderMother.ticketRejected(
                            order.id(),
                            order.restaurantId(),
                            dev.platter.platform.events.restaurant.TicketRejected.Reason.TIMEOUT),
                    NOW);
            assertThat(rejected.reason().name()).isEqualTo("TIMEOUT");
            assertThat(rejected.total()).isEqualTo(inr(118090));
        }
    }

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void startsPreparingOnlyWhenAccepted(OrderStatus from) {
        assertEventTransition(
                from,
                EnumSet.of(OrderStatus.ACCEPTED),
                OrderStatus.PREPARING,
                order -> order.preparationStarted(OrderMother.preparationStarted(order), NOW));
    }

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void isReadyOnlyWhenAcceptedOrPreparing(OrderStatus from) {
        assertEventTransition(
                from,
                EnumSet.of(OrderStatus.ACCEPTED, OrderStatus.PREPARING),
                OrderStatus.READY_FOR_PICKUP,
                order -> order.ready(OrderMother.ticketReady(order), NOW));
    }

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void isPickedUpFromAnyStatusTheRestaurantHoldsItIn(OrderStatus from) {
        assertEventTransition(
                from,
                WITH_THE_RESTAURANT,
                OrderStatus.PICKED_UP,
                order -> order.pickedUp(OrderMother.deliveryPickedUp(order), NOW));
    }

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void isDeliveredAfterPickupOrWhenThePickupWentUnheard(OrderStatus from) {
        var legal = EnumSet.copyOf(WITH_THE_RESTAURANT);
        legal.add(OrderStatus.PICKED_UP);
        assertEventTransition(
                from,
                legal,
                OrderStatus.DELIVERED,
                order -> order.delivered(OrderMother.deliveryCompleted(order), NOW));
    }

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void notesTheAssignedRiderAndEtaOnlyWhileTheRestaurantHoldsIt(OrderStatus from) {
        var order = inStatus(from);
        int steps = order.timeline().size();
        var assigned = OrderMother.riderAssigned(order);
        boolean noted = order.riderAssigned(assigned, NOW);
        assertThat(noted).isEqualTo(WITH_THE_RESTAURANT.contains(from));
        assertThat(order.status()).isEqualTo(from);
        if (noted) {
            assertThat(order.riderId()).isEqualTo(OrderMother.RIDER);
            assertThat(order.estimatedDeliveryAt()).isEqualTo(assigned.estimatedDeliveryAt());
            assertThat(order.timeline().get(steps).event()).isEqualTo("RIDER_ASSIGNED");
            assertThat(order.timeline().get(steps).estimatedAt()).isEqualTo(assigned.estimatedDeliveryAt());
        } else {
            assertThat(order.timeline()).hasSize(steps);
        }
    }

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void isCancelledByTheCustomerOnlyBeforeTheRestaurantAccepts(OrderStatus from) {
        assertCommandTransition(
                from,
                EnumSet.of(OrderStatus.PENDING_PAYMENT, OrderStatus.PLACED),
                OrderStatus.CANCELLED,
                order -> order.cancelByCustomer(order.customerId(), null, NOW));
        if (from == OrderStatus.PLACED) {
            var order = inStatus(from);
            var cancelled = order.cancelByCustomer(order.customerId(), "ordered twice", NOW);
            assertThat(cancelled.cancelledFrom()).isEqualTo(OrderCancelled.Status.PLACED);
            assertThat(cancelled.cancelledBy()).isEqualTo(OrderCancelled.CancelledBy.CUSTOMER);
            assertThat(cancelled.cancelledByUserId()).isEqualTo(order.customerId());
            assertThat(cancelled.refund()).isEqualTo(OrderCancelled.Refund.full(inr(118090)));
            assertThat(cancelled.note()).isEqualTo("ordered twice");
        }
    }

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void isCancelledByAnAdminOnlyBetweenAcceptanceAndPickup(OrderStatus from) {
        var admin = UUID.randomUUID();
        assertCommandTransition(
                from,
                WITH_THE_RESTAURANT,
                OrderStatus.CANCELLED,
                order -> order.cancelByAdmin(
                        admin,
                        OrderCancelled.Reason.RESTAURANT_ISSUE,
                        "oven broke",
                        OrderCancelled.Refund.partial(inr(50000)),
                        NOW));
        if (from == OrderStatus.PREPARING) {
            var order = inStatus(from);
            var cancelled = order.cancelByAdmin(
                    admin,
                    OrderCancelled.Reason.RESTAURANT_ISSUE,
                    null,
                    OrderCancelled.Refund.partial(inr(50000)),
                    NOW);
            assertThat(cancelled.cancelledFrom()).isEqualTo(OrderCancelled.Status.PREPARING);
            assertThat(cancelled.cancelledBy()).isEqualTo(OrderCancelled.CancelledBy.ADMIN);
            assertThat(cancelled.refund().amount()).isEqualTo(inr(50000));
            assertThat(order.refund()).isEqualTo(inr(50000));
        }
    }

    @Test
    void refusesAnAdminRefundAboveTheTotal() {
        var order = inStatus(OrderStatus.ACCEPTED);
        assertThatThrownBy(() -> order.cancelByAdmin(
                        UUID.randomUUID(),
                        OrderCancelled.Reason.OTHER,
                        null,
                        OrderCancelled.Refund.partial(inr(118091)),
                        NOW))
                .isInstanceOf(RefundExceedsTotal.class);
        assertThat(order.status()).isEqualTo(OrderStatus.ACCEPTED);
    }

    @Test
    void keepsATimelineOfEveryStepWithTheRiderAndEta() {
        var order = inStatus(OrderStatus.ACCEPTED);
        order.riderAssigned(OrderMother.riderAssigned(order), NOW);
        order.pickedUp(OrderMother.deliveryPickedUp(order), NOW);
        order.delivered(OrderMother.deliveryCompleted(order), NOW);
        assertThat(order.timeline())
                .extracting(TimelineEntry::event)
                .containsExactly("PENDING_PAYMENT", "PLACED", "ACCEPTED", "RIDER_ASSIGNED", "PICKED_UP", "DELIVERED");
        assertThat(order.timeline().get(4).riderId()).isEqualTo(OrderMother.RIDER);
        assertThat(order.timeline().get(4).estimatedAt()).isNotNull();
    }

    @Test
    void refusesANewOrderWhoseItemsTotalIsNotTheSumOfItsLines() {
        var good = OrderMother.newOrder();
        var wrong = new dev.platter.platform.events.order.OrderTotals(
                inr(100), inr(2000), inr(3000), inr(5290), inr(2000), inr(0), inr(12390), inr(0), inr(12390), null);
        assertThatThrownBy(() -> new NewOrder(
                        good.orderId(),
                        good.customerId(),
                        good.customerName(),
                        null,
                        good.restaurantId(),
                        good.ownerId(),
                        good.restaurantName(),
                        good.pickupAddress(),
                        good.deliveryAddress(),
                        null,
                        good.lines(),
                        wrong,
                        PaymentMethod.CARD))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
