package dev.platter.restaurant.kitchen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platter.platform.events.Address;
import dev.platter.platform.events.GeoPoint;
import dev.platter.platform.events.Money;
import dev.platter.platform.events.PaymentMethod;
import dev.platter.platform.events.order.LineItem;
import dev.platter.platform.events.order.OrderPlaced;
import dev.platter.platform.events.order.OrderTotals;
import dev.platter.platform.events.restaurant.TicketRejected;
import dev.platter.platform.web.problem.IllegalTransition;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TicketTest {

    private static final Instant NOW = Instant.parse("2026-12-02T13:00:00Z");

    static OrderPlaced placedOrder() {
        var inr = (java.util.function.LongFunction<Money>) minor -> Money.of(minor, "INR");
        var line = new LineItem(
                UUID.randomUUID(),
                "Paneer Tikka",
                2,
                inr.apply(24900),
                List.of(new LineItem.Option(UUID.randomUUID(), "Spice", "Hot", inr.apply(0))),
                inr.apply(49800),
                "no onions");
        var totals = new OrderTotals(
                inr.apply(49800),
                inr.apply(2000),
                inr.apply(3000),
                inr.apply(2500),
                inr.apply(0),
                inr.apply(0),
                inr.apply(57300),
                inr.apply(0),
                inr.apply(57300),
                null);
        return new OrderPlaced(
                UUID.randomUUID(),
                NOW,
                UUID.randomUUID(),
                2,
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Asha Rao",
                List.of(line),
                totals,
                PaymentMethod.CARD,
                new Address("4 Residency Road", null, "Bengaluru", "560025", "IN", new GeoPoint(12.97, 77.6)),
                "Ring twice");
    }

    private static Ticket awaiting() {
        return Ticket.open(placedOrder(), Duration.ofMinutes(5), NOW);
    }

    @Test
    void opensAwaitingAcceptanceWithTheLinesAndNotesOfTheOrder() {
        var ticket = awaiting();
        var opened = ticket.opened(UUID.randomUUID());

        assertThat(ticket.status()).isEqualTo(TicketStatus.AWAITING_ACCEPTANCE);
        assertThat(ticket.acceptBy()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        assertThat(opened.lines()).singleElement().satisfies(line -> {
            assertThat(line.name()).isEqualTo("Paneer Tikka");
            assertThat(line.options()).containsExactly("Spice: Hot");
            assertThat(line.note()).isEqualTo("no onions");
        });
        assertThat(opened.itemsTotal()).isEqualTo(Money.of(49800, "INR"));
        assertThat(ticket.deliveryInstructions()).isEqualTo("Ring twice");
    }

    @Test
    void walksAcceptedPreparingReadyPickedUpWithGrowingVersions() {
        var ticket = awaiting();
        var accepted = ticket.accept(15, false, NOW);
        var started = ticket.startPreparation(NOW.plusSeconds(60));
        var ready = ticket.markReady(NOW.plusSeconds(900));

        assertThat(accepted.readyAt()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(started.readyAt()).isEqualTo(accepted.readyAt());
        assertThat(List.of(accepted.version(), started.version(), ready.version()))
                .isSorted();
        assertThat(ticket.pickedUp(NOW.plusSeconds(1000))).isTrue();
        assertThat(ticket.status()).isEqualTo(TicketStatus.PICKED_UP);
    }

    @Test
    void refusesOwnerCommandsInTheWrongState() {
        var ticket = awaiting();
        assertThatThrownBy(() -> ticket.startPreparation(NOW)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> ticket.markReady(NOW)).isInstanceOf(IllegalTransition.class);

        ticket.accept(10, false, NOW);
        assertThatThrownBy(() -> ticket.accept(10, false, NOW)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> ticket.reject(TicketRejected.Reason.TOO_BUSY, null, NOW))
                .isInstanceOf(IllegalTransition.class);

        ticket.markReady(NOW);
        assertThatThrownBy(() -> ticket.startPreparation(NOW)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void aRejectedTicketTakesNoMoreCommands() {
        var ticket = awaiting();
        var rejected = ticket.reject(TicketRejected.Reason.ITEM_UNAVAILABLE, "Out of paneer", NOW);

        assertThat(rejected.reason()).isEqualTo(TicketRejected.Reason.ITEM_UNAVAILABLE);
        assertThat(ticket.rejectNote()).isEqualTo("Out of paneer");
        assertThatThrownBy(() -> ticket.accept(10, false, NOW)).isInstanceOf(IllegalTransition.class);
        assertThat(ticket.cancel(NOW))
                .as("cancelling a rejected ticket is superseded")
                .isFalse();
        assertThat(ticket.status()).isEqualTo(TicketStatus.REJECTED);
    }

    @Test
    void timesOutOnlyWhileAwaitingAcceptance() {
        var waiting = awaiting();
        var timedOut = waiting.timeOut(NOW.plus(Duration.ofMinutes(5)));
        assertThat(timedOut).isNotNull();
        assertThat(timedOut.reason()).isEqualTo(TicketRejected.Reason.TIMEOUT);

        var accepted = awaiting();
        accepted.accept(10, false, NOW);
        assertThat(accepted.timeOut(NOW.plus(Duration.ofMinutes(5)))).isNull();
        assertThat(accepted.status()).isEqualTo(TicketStatus.ACCEPTED);
    }

    @Test
    void cancellationEndsAnOpenTicketAndIsSupersededAfterPickup() {
        var preparing = awaiting();
        preparing.accept(10, false, NOW);
        preparing.startPreparation(NOW);
        assertThat(preparing.cancel(NOW)).isTrue();
        assertThat(preparing.status()).isEqualTo(TicketStatus.CANCELLED);
        assertThatThrownBy(() -> preparing.accept(10, false, NOW)).isInstanceOf(IllegalTransition.class);

        var gone = awaiting();
        gone.accept(10, false, NOW);
        gone.pickedUp(NOW);
        assertThat(gone.cancel(NOW)).isFalse();
        assertThat(gone.status()).isEqualTo(TicketStatus.PICKED_UP);
    }

    @Test
    void aPickupBeforeReadyMovesTheTicketToPickedUp() {
        var ticket = awaiting();
        ticket.accept(10, false, NOW);

        assertThat(ticket.pickedUp(NOW)).isTrue();
        assertThat(ticket.status()).isEqualTo(TicketStatus.PICKED_UP);
        assertThat(ticket.pickedUp(NOW)).as("a repeated pickup is superseded").isFalse();
    }
}
