package dev.platter.restaurant.kitchen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.platter.platform.events.Address;
import dev.platter.platform.events.GeoPoint;
import dev.platter.platform.events.Money;
import dev.platter.platform.events.PaymentMethod;
import dev.platter.platform.events.Topics;
import dev.platter.platform.events.delivery.DeliveryPickedUp;
import dev.platter.platform.events.order.LineItem;
import dev.platter.platform.events.order.OrderCancelled;
import dev.platter.platform.events.order.OrderPlaced;
import dev.platter.platform.events.order.OrderTotals;
import dev.platter.platform.test.TestEvents;
import dev.platter.platform.test.TopicReader;
import dev.platter.platform.web.deadline.Deadlines;
import dev.platter.restaurant.RestaurantServiceIT;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Tickets from placed orders, the owner's commands, the acceptance timeout, late and repeated events. */
class KitchenIT extends RestaurantServiceIT {

    private static TopicReader kitchenEvents;

    @Autowired
    Deadlines deadlines;

    @BeforeAll
    static void readEvents() {
        kitchenEvents = TopicReader.of(Topics.KITCHEN);
    }

    @AfterAll
    static void close() {
        kitchenEvents.close();
    }

    private static Money inr(long minor) {
        return Money.of(minor, "INR");
    }

    /** Asha's order of two Paneer Tikka ("no onions") from the restaurant, paid by card. */
    static OrderPlaced paneerTikkaFor(UUID restaurantId) {
        var line = new LineItem(
                UUID.randomUUID(),
                "Paneer Tikka",
                2,
                inr(24900),
                List.of(new LineItem.Option(UUID.randomUUID(), "Spice", "Hot", inr(0))),
                inr(49800),
                "no onions");
        var totals = new OrderTotals(
                inr(49800), inr(2000), inr(3000), inr(2500), inr(0), inr(0), inr(57300), inr(0), inr(57300), null);
        return new OrderPlaced(
                UUID.randomUUID(),
                Instant.now(),
                UUID.randomUUID(),
                2,
                UUID.randomUUID(),
                restaurantId,
                "Asha Rao",
                List.of(line),
                totals,
                PaymentMethod.CARD,
                new Address("4 Residency Road", null, "Bengaluru", "560025", "IN", new GeoPoint(12.97, 77.6)),
                "Ring twice");
    }

    private JsonNode awaitTicket(Person owner, UUID orderId, String status) {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> ticketOf(owner, orderId),
                        ticket -> ticket != null
                                && ticket.get("status").asString().equals(status));
    }

    private JsonNode ticketOf(Person owner, UUID orderId) throws Exception {
        var all = ok(
                get(
                        "/api/v1/kitchen/tickets?size=100&status=AWAITING_ACCEPTANCE,ACCEPTED,PREPARING,READY,PICKED_UP,REJECTED,CANCELLED",
                        owner.token()),
                200);
        for (var ticket : all.get("items")) {
            if (ticket.get("orderId").asString().equals(orderId.toString())) {
                return ticket;
            }
        }
        return null;
    }

    private String ticketPath(JsonNode ticket, String command) {
        return "/api/v1/kitchen/tickets/" + ticket.get("id").asString() + "/" + command;
    }

    @Test
    void opensATicketForAPlacedOrderAndWalksItToReadyAnnouncingEachStep() throws Exception {
        var owner = owner();
        var restaurantId = publishedRestaurant(owner, spiceGarden());
        var order = paneerTikkaFor(restaurantId);
        TestEvents.publish(order);

        var ticket = awaitTicket(owner, order.orderId(), "AWAITING_ACCEPTANCE");
        assertThat(ticket.get("lines").get(0).get("note").asString()).isEqualTo("no onions");
        assertThat(ticket.get("lines").get(0).get("options").get(0).asString()).isEqualTo("Spice: Hot");
        assertThat(ticket.get("customerName").asString()).isEqualTo("Asha Rao");

        var accepted = ok(post(ticketPath(ticket, "accept"), owner.token(), Map.of("prepMinutes", 15)), 200);
        assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
        ok(post(ticketPath(ticket, "start"), owner.token(), Map.of()), 200);
        var ready = ok(post(ticketPath(ticket, "ready"), owner.token(), Map.of()), 200);
        assertThat(ready.get("status").asString()).isEqualTo("READY");

        var opened = eventsOf(kitchenEvents, order.orderId(), "TicketOpened", 1).get(0);
        assertThat(opened.get("ownerId").asString()).isEqualTo(owner.id().toString());
        assertThat(opened.get("itemsTotal").get("amountMinor").asLong()).isEqualTo(49800);
        var acceptedEvent =
                eventsOf(kitchenEvents, order.orderId(), "TicketAccepted", 1).get(0);
        assertThat(acceptedEvent.get("prepMinutes").asInt()).isEqualTo(15);
        assertThat(acceptedEvent.get("autoAccepted").asBoolean()).isFalse();
        assertThat(eventsOf(kitchenEvents, order.orderId(), "PreparationStarted", 1))
                .hasSize(1);
        assertThat(eventsOf(kitchenEvents, order.orderId(), "TicketReady", 1)).hasSize(1);
        assertThat(recordsOf(kitchenEvents, order.orderId(), "TicketOpened"))
                .as("once")
                .hasSize(1);
    }

    @Test
    void refusesIllegalOwnerCommandsWithConflict() throws Exception {
        var owner = owner();
        var restaurantId = publishedRestaurant(owner, spiceGarden());
        var order = paneerTikkaFor(restaurantId);
        TestEvents.publish(order);
        var ticket = awaitTicket(owner, order.orderId(), "AWAITING_ACCEPTANCE");

        var early = post(ticketPath(ticket, "ready"), owner.token(), Map.of());
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(problemType(early)).isEqualTo("https://platter.dev/problems/illegal-transition");
        assertThat(post(ticketPath(ticket, "start"), owner.token(), Map.of()).statusCode())
                .isEqualTo(409);
        assertThat(post(ticketPath(ticket, "reject"), owner.token(), Map.of("reason", "TIMEOUT"))
                        .statusCode())
                .as("only the timeout rejects with TIMEOUT")
                .isEqualTo(400);

        var rejected = ok(
                post(
                        ticketPath(ticket, "reject"),
                        owner.token(),
                        Map.of("reason", "ITEM_UNAVAILABLE", "note", "No paneer")),
                200);
        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
        assertThat(post(ticketPath(ticket, "accept"), owner.token(), Map.of("prepMinutes", 10))
                        .statusCode())
                .isEqualTo(409);
        var event =
                eventsOf(kitchenEvents, order.orderId(), "TicketRejected", 1).get(0);
        assertThat(event.get("reason").asString()).isEqualTo("ITEM_UNAVAILABLE");
        assertThat(event.get("note").asString()).isEqualTo("No paneer");
    }

    @Test
    void rejectsATicketNobodyAcceptsInTimeWithReasonTimeoutOnce() throws Exception {
        var owner = owner();
        var restaurantId = publishedRestaurant(owner, spiceGarden());
        var order = paneerTikkaFor(restaurantId);
        TestEvents.publish(order);
        var ticket = awaitTicket(owner, order.orderId(), "AWAITING_ACCEPTANCE");

        // the context's acceptance window is 5 seconds
        var timedOut = awaitTicket(owner, order.orderId(), "REJECTED");
        assertThat(timedOut.get("rejectReason").asString()).isEqualTo("TIMEOUT");
        var event =
                eventsOf(kitchenEvents, order.orderId(), "TicketRejected", 1).get(0);
        assertThat(event.get("reason").asString()).isEqualTo("TIMEOUT");
        assertThat(post(ticketPath(ticket, "accept"), owner.token(), Map.of("prepMinutes", 10))
                        .statusCode())
                .isEqualTo(409);
        assertThat(deadlines.dueAt(KitchenService.ACCEPTANCE, ticket.get("id").asString()))
                .as("fired and gone: it cannot fire again")
                .isEmpty();
        assertThat(recordsOf(kitchenEvents, order.orderId(), "TicketRejected")).hasSize(1);
    }

    @Test
    void anAcceptedTicketDoesNotTimeOut() throws Exception {
        var owner = owner();
        var restaurantId = publishedRestaurant(owner, spiceGarden());
        var order = paneerTikkaFor(restaurantId);
        TestEvents.publish(order);
        var ticket = awaitTicket(owner, order.orderId(), "AWAITING_ACCEPTANCE");
        assertThat(deadlines.dueAt(KitchenService.ACCEPTANCE, ticket.get("id").asString()))
                .as("the acceptance deadline is set while it waits")
                .isPresent();
        ok(post(ticketPath(ticket, "accept"), owner.token(), Map.of("prepMinutes", 10)), 200);

        assertThat(deadlines.dueAt(KitchenService.ACCEPTANCE, ticket.get("id").asString()))
                .as("accepting clears it in the same transaction")
                .isEmpty();
        assertThat(ticketOf(owner, order.orderId()).get("status").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void aRestaurantThatAutoAcceptsAcceptsAtOnceWithItsUsualPrepTime() throws Exception {
        var owner = owner();
        var restaurantId = publishedRestaurant(owner, spiceGarden());
        ok(put("/api/v1/restaurants/" + restaurantId + "/auto-accept", owner.token(), Map.of("enabled", true)), 200);
        var order = paneerTikkaFor(restaurantId);
        TestEvents.publish(order);

        var ticket = awaitTicket(owner, order.orderId(), "ACCEPTED");
        assertThat(ticket.get("autoAccepted").asBoolean()).isTrue();
        assertThat(ticket.get("prepMinutes").asInt()).isEqualTo(20);
        var accepted =
                eventsOf(kitchenEvents, order.orderId(), "TicketAccepted", 1).get(0);
        assertThat(accepted.get("autoAccepted").asBoolean()).isTrue();
        assertThat(eventsOf(kitchenEvents, order.orderId(), "TicketOpened", 1)).hasSize(1);
    }

    @Test
    void handlesARepeatedOrderPlacedOnce() throws Exception {
        var owner = owner();
        var restaurantId = publishedRestaurant(owner, spiceGarden());
        var order = paneerTikkaFor(restaurantId);
        TestEvents.publish(order);
        TestEvents.publish(order);
        var sameOrderNewEventId = new OrderPlaced(
                UUID.randomUUID(),
                order.occurredAt(),
                order.orderId(),
                order.version(),
                order.customerId(),
                order.restaurantId(),
                order.customerName(),
                order.lines(),
                order.totals(),
                order.paymentMethod(),
                order.deliveryAddress(),
                order.deliveryInstructions());
        TestEvents.publish(sameOrderNewEventId);

        awaitTicket(owner, order.orderId(), "AWAITING_ACCEPTANCE");
        var marker = paneerTikkaFor(restaurantId);
        TestEvents.publish(marker); // same partition or not, let the consumer get past the repeats
        awaitTicket(owner, marker.orderId(), "AWAITING_ACCEPTANCE");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> recordsOf(kitchenEvents, marker.orderId(), "TicketOpened")
                                .size()
                        == 1);
        assertThat(recordsOf(kitchenEvents, order.orderId(), "TicketOpened")).hasSize(1);
        var tickets = ok(get("/api/v1/kitchen/tickets?restaurantId=" + restaurantId, owner.token()), 200);
        assertThat(tickets.get("totalItems").asLong()).isEqualTo(2);
    }

    @Test
    void followsACancelledOrderAndIgnoresTheOwnersLateAcceptance() throws Exception {
        var owner = owner();
        var restaurantId = publishedRestaurant(owner, spiceGarden());
        var order = paneerTikkaFor(restaurantId);
        TestEvents.publish(order);
        var ticket = awaitTicket(owner, order.orderId(), "AWAITING_ACCEPTANCE");

        TestEvents.publish(cancellation(order));
        awaitTicket(owner, order.orderId(), "CANCELLED");
        assertThat(post(ticketPath(ticket, "accept"), owner.token(), Map.of("prepMinutes", 10))
                        .statusCode())
                .isEqualTo(409);
        assertThat(deadlines.dueAt(KitchenService.ACCEPTANCE, ticket.get("id").asString()))
                .as("no timeout for a cancelled ticket")
                .isEmpty();
    }

    private static OrderCancelled cancellation(OrderPlaced order) {
        return new OrderCancelled(
                UUID.randomUUID(),
                Instant.now(),
                order.orderId(),
                order.version() + 1,
                order.customerId(),
                order.restaurantId(),
                OrderCancelled.Status.PLACED,
                OrderCancelled.CancelledBy.CUSTOMER,
                order.customerId(),
                OrderCancelled.Reason.CUSTOMER_REQUEST,
                null,
                order.paymentMethod(),
                order.totals().total(),
                OrderCancelled.Refund.full(order.totals().total()));
    }

    @Test
    void aPickupBeforeTheTicketWasMarkedReadyMovesItToPickedUp() throws Exception {
        var owner = owner();
        var restaurantId = publishedRestaurant(owner, spiceGarden());
        var order = paneerTikkaFor(restaurantId);
        TestEvents.publish(order);
        var ticket = awaitTicket(owner, order.orderId(), "AWAITING_ACCEPTANCE");
        ok(post(ticketPath(ticket, "accept"), owner.token(), Map.of("prepMinutes", 10)), 200);

        TestEvents.publish(new DeliveryPickedUp(
                UUID.randomUUID(),
                Instant.now(),
                order.orderId(),
                5,
                UUID.randomUUID(),
                UUID.randomUUID(),
                restaurantId,
                order.customerId(),
                Instant.now().plusSeconds(1200)));

        awaitTicket(owner, order.orderId(), "PICKED_UP");
        assertThat(post(ticketPath(ticket, "ready"), owner.token(), Map.of()).statusCode())
                .isEqualTo(409);
        TestEvents.publish(cancellation(order)); // an admin cancel that crossed the pickup: superseded
        var marker = paneerTikkaFor(restaurantId);
        TestEvents.publish(marker);
        awaitTicket(owner, marker.orderId(), "AWAITING_ACCEPTANCE");
        assertThat(ticketOf(owner, order.orderId()).get("status").asString()).isEqualTo("PICKED_UP");
    }

    @Test
    void anOwnerCannotSeeOrMoveAnotherRestaurantsTickets() throws Exception {
        var alice = owner();
        var aliceRestaurant = publishedRestaurant(alice, spiceGarden());
        var bob = owner();
        publishedRestaurant(bob, spiceGarden());
        var order = paneerTikkaFor(aliceRestaurant);
        TestEvents.publish(order);
        var ticket = awaitTicket(alice, order.orderId(), "AWAITING_ACCEPTANCE");

        assertThat(ticketOf(bob, order.orderId())).isNull();
        assertThat(get("/api/v1/kitchen/tickets/" + ticket.get("id").asString(), bob.token())
                        .statusCode())
                .isEqualTo(404);
        assertThat(get("/api/v1/kitchen/tickets?restaurantId=" + aliceRestaurant, bob.token())
                        .statusCode())
                .isEqualTo(404);
        for (var command : List.of("accept", "reject", "start", "ready")) {
            var body = command.equals("accept")
                    ? Map.of("prepMinutes", 10)
                    : command.equals("reject") ? Map.of("reason", "TOO_BUSY") : Map.of();
            assertThat(post(ticketPath(ticket, command), bob.token(), body).statusCode())
                    .as(command)
                    .isEqualTo(404);
        }
        assertThat(get("/api/v1/kitchen/tickets", customer().token()).statusCode())
                .isEqualTo(403);
        assertThat(ticketOf(alice, order.orderId()).get("status").asString()).isEqualTo("AWAITING_ACCEPTANCE");
    }
}
