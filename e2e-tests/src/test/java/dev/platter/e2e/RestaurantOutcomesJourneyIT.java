package dev.platter.e2e;

import static dev.platter.e2e.Journeys.STEP;
import static dev.platter.e2e.Journeys.channel;
import static dev.platter.e2e.Journeys.inboxMessage;
import static dev.platter.e2e.Journeys.logged;
import static dev.platter.e2e.Journeys.mailed;
import static dev.platter.e2e.Journeys.minor;
import static dev.platter.e2e.Journeys.providerCalls;
import static dev.platter.e2e.Journeys.providerRefunds;
import static dev.platter.e2e.Journeys.statuses;
import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.e2e.client.City.Customer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A paid card order the restaurant does not take: the owner rejects it, or nobody answers and restaurant-service
 * rejects it itself when the acceptance window closes. Either way the order ends REJECTED, the card's authorisation is
 * released at the provider without a paisa taken, and the customer is told by mail and in the app.
 */
class RestaurantOutcomesJourneyIT {

    @Test
    void voidsTheCardWhenTheRestaurantRejectsTheOrder() {
        var town = new Town("Bawarchi Kitchen");
        var api = town.platform.api();
        var ravi = town.customer("Ravi Menon");
        var order = Journeys.placedCardOrder(town, ravi);

        var ticket = town.ticket(order.id());
        var rejected = api.post(
                        "/api/v1/kitchen/tickets/" + ticket.get("id").asString() + "/reject",
                        town.owner.token(),
                        Map.of("reason", "TOO_BUSY", "note", "Forty orders in the queue tonight"))
                .expect(200);
        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");

        var seen = town.city.awaitOrder(ravi, order.id(), "REJECTED", STEP);
        assertThat(seen.get("rejection").get("reason").asString()).isEqualTo("TOO_BUSY");
        assertThat(seen.get("rejection").get("note").asString()).isEqualTo("Forty orders in the queue tonight");
        assertThat(statuses(seen)).containsSubsequence("PENDING_PAYMENT", "PLACED", "REJECTED");

        assertVoided(town, ravi, order);

        var subject = "Order " + order.ref() + " could not be accepted";
        assertThat(mailed(ravi, subject)).contains(subject);
        var message = inboxMessage(town, ravi, order.id(), "OrderRejected");
        assertThat(message.get("title").asString()).isEqualTo(subject);
        assertThat(message.get("body").asString()).contains("Bawarchi Kitchen", "too busy", "won't be charged");
        var log = logged(town, ravi, "OrderRejected", "EMAIL", "IN_APP");
        assertThat(channel(log, "EMAIL").get("status").asString()).isEqualTo("SENT");
        assertThat(channel(log, "EMAIL").get("template").asString()).isEqualTo("order-rejected");
        assertThat(channel(log, "IN_APP").get("status").asString()).isEqualTo("SENT");
    }

    @Test
    void rejectsAndVoidsTheOrderNobodyAcceptsWithinTheAcceptanceWindow() {
        var town = new Town("Shah Ghouse Cafe");
        var api = town.platform.api();
        var noor = town.customer("Noor Fatima");
        var order = Journeys.placedCardOrder(town, noor);

        var ticket = town.ticket(order.id());
        var ticketId = ticket.get("id").asString();
        var openedAt = Instant.parse(ticket.get("openedAt").asString());
        var acceptBy = Instant.parse(ticket.get("acceptBy").asString());
        assertThat(Duration.between(openedAt, acceptBy))
                .isEqualTo(Duration.ofSeconds(Platform.ACCEPTANCE_WINDOW_SECONDS));

        // the owner never answers
        var seen = town.city.awaitOrder(
                noor,
                order.id(),
                "REJECTED",
                Duration.ofSeconds(Platform.ACCEPTANCE_WINDOW_SECONDS).plus(STEP));
        assertThat(seen.get("rejection").get("reason").asString()).isEqualTo("TIMEOUT");
        assertThat(Journeys.reachedAt(seen, "REJECTED")).isAfterOrEqualTo(acceptBy);

        var timedOut = Journeys.ticket(town, ticketId);
        assertThat(timedOut.get("status").asString()).isEqualTo("REJECTED");
        assertThat(timedOut.get("rejectReason").asString()).isEqualTo("TIMEOUT");
        // too late to change its mind
        var late = api.post(
                "/api/v1/kitchen/tickets/" + ticketId + "/accept", town.owner.token(), Map.of("prepMinutes", 10));
        assertThat(late.status()).as(late.body()).isEqualTo(409);
        assertThat(town.city.order(noor, order.id()).get("status").asString()).isEqualTo("REJECTED");

        assertVoided(town, noor, order);

        var subject = "Order " + order.ref() + " could not be accepted";
        assertThat(mailed(noor, subject)).contains(subject);
        assertThat(inboxMessage(town, noor, order.id(), "OrderRejected")
                        .get("body")
                        .asString())
                .contains("Shah Ghouse Cafe", "timeout", "won't be charged");
        assertThat(channel(logged(town, noor, "OrderRejected", "EMAIL"), "EMAIL")
                        .get("status")
                        .asString())
                .isEqualTo("SENT");
    }

    /** The payment ended VOIDED with nothing taken, and the provider cancelled the intent and captured nothing. */
    private static void assertVoided(Town town, Customer customer, Journeys.CardOrder order) {
        var payment = town.city.awaitPayment(customer, order.id(), "VOIDED", STEP);
        assertThat(minor(payment.get("amount"))).isEqualTo(order.total());
        assertThat(minor(payment.get("captured"))).isZero();
        assertThat(minor(payment.get("refunded"))).isZero();
        assertThat(payment.get("intentId").asString()).isEqualTo(order.intentId());
        var intent = "/v1/payment_intents/" + order.intentId();
        assertThat(providerCalls(town, "POST", intent + "/cancel")).isNotEmpty();
        assertThat(providerCalls(town, "POST", intent + "/capture")).isEmpty();
        assertThat(providerRefunds(town, order.intentId())).isEmpty();
    }
}
