package dev.platter.e2e;

import static dev.platter.e2e.Journeys.STEP;
import static dev.platter.e2e.Journeys.channel;
import static dev.platter.e2e.Journeys.inboxMessage;
import static dev.platter.e2e.Journeys.inr;
import static dev.platter.e2e.Journeys.logged;
import static dev.platter.e2e.Journeys.mailed;
import static dev.platter.e2e.Journeys.minor;
import static dev.platter.e2e.Journeys.providerCalls;
import static dev.platter.e2e.Journeys.providerRefunds;
import static dev.platter.e2e.Journeys.statuses;
import static dev.platter.e2e.client.City.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Orders that end CANCELLED: by the customer before the restaurant accepts (everything back: the card's authorisation
 * is released), and by ops after the restaurant accepted, with a partial refund decided by the admin (the card was
 * captured on acceptance, so exactly the decided amount goes back to it and the rest is kept).
 */
class CancellationJourneyIT {

    @Test
    void voidsTheCardWhenTheCustomerCancelsBeforeTheRestaurantAccepts() {
        var town = new Town("Meghana Foods");
        var api = town.platform.api();
        var kiran = town.customer("Kiran Shetty");
        var order = Journeys.placedCardOrder(town, kiran);
        var ticketId = town.ticket(order.id()).get("id").asString();

        var cancelled = api.post(
                        "/api/v1/orders/" + order.id() + "/cancel",
                        kiran.token(),
                        Map.of("note", "Ordered to the wrong address"))
                .expect(200);
        assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
        var cancellation = cancelled.get("cancellation");
        assertThat(cancellation.get("by").asString()).isEqualTo("CUSTOMER");
        assertThat(cancellation.get("reason").asString()).isEqualTo("CUSTOMER_REQUEST");
        assertThat(cancellation.get("note").asString()).isEqualTo("Ordered to the wrong address");
        assertThat(cancellation.get("refundType").asString()).isEqualTo("FULL");
        assertThat(minor(cancellation.get("refund"))).isEqualTo(order.total());
        assertThat(statuses(town.city.order(kiran, order.id())))
                .containsSubsequence("PENDING_PAYMENT", "PLACED", "CANCELLED");

        // the kitchen is told and can no longer take it
        eventually(
                "the ticket to be cancelled",
                STEP,
                () -> Journeys.ticket(town, ticketId).get("status").asString().equals("CANCELLED"));
        var late = api.post(
                "/api/v1/kitchen/tickets/" + ticketId + "/accept", town.owner.token(), Map.of("prepMinutes", 10));
        assertThat(late.status()).as(late.body()).isEqualTo(409);
        // nor can the customer cancel twice
        assertThat(api.post("/api/v1/orders/" + order.id() + "/cancel", kiran.token(), Map.of())
                        .status())
                .isEqualTo(409);

        var payment = town.city.awaitPayment(kiran, order.id(), "VOIDED", STEP);
        assertThat(minor(payment.get("captured"))).isZero();
        assertThat(minor(payment.get("refunded"))).isZero();
        var intent = "/v1/payment_intents/" + order.intentId();
        assertThat(providerCalls(town, "POST", intent + "/cancel")).isNotEmpty();
        assertThat(providerCalls(town, "POST", intent + "/capture")).isEmpty();
        assertThat(providerRefunds(town, order.intentId())).isEmpty();

        var subject = "Order " + order.ref() + " cancelled";
        assertThat(mailed(kiran, subject)).contains(subject);
        assertThat(inboxMessage(town, kiran, order.id(), "OrderCancelled")
                        .get("body")
                        .asString())
                .contains("customer request", "Refund: " + inr(order.total()));
        var log = logged(town, kiran, "OrderCancelled", "EMAIL", "IN_APP");
        assertThat(channel(log, "EMAIL").get("status").asString()).isEqualTo("SENT");
        assertThat(channel(log, "IN_APP").get("status").asString()).isEqualTo("SENT");
    }

    @Test
    void refundsOnlyThePartTheAdminDecidesWhenOpsCancelAnAcceptedOrder() {
        var town = new Town("Vidyarthi Bhavan");
        var api = town.platform.api();
        var leela = town.customer("Leela Das");
        var order = Journeys.placedCardOrder(town, leela);
        var ticketId = town.accept(order.id()).get("id").asString();
        var accepted = town.city.awaitOrder(leela, order.id(), "ACCEPTED", STEP);
        var captured = town.city.awaitPayment(leela, order.id(), "CAPTURED", STEP);
        assertThat(minor(captured.get("captured"))).isEqualTo(order.total());

        // the food is cooked and kept; everything else goes back
        long items = minor(accepted.get("totals").get("itemsTotal"));
        long refund = order.total() - items;
        assertThat(refund).isPositive();
        var byOps = api.post(
                        "/api/v1/admin/orders/" + order.id() + "/cancel",
                        town.admin.token(),
                        Map.of(
                                "reason",
                                "OTHER",
                                "note",
                                "Customer not at the address; the food was cooked",
                                "refund",
                                Map.of("type", "PARTIAL", "amountMinor", refund)))
                .expect(200);
        assertThat(byOps.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(byOps.hasNonNull("handoffCode"))
                .as("the staff view shows no handoff code")
                .isFalse();

        var seen = town.city.awaitOrder(leela, order.id(), "CANCELLED", STEP);
        assertThat(statuses(seen)).containsSubsequence("PLACED", "ACCEPTED", "CANCELLED");
        var cancellation = seen.get("cancellation");
        assertThat(cancellation.get("by").asString()).isEqualTo("ADMIN");
        assertThat(cancellation.get("reason").asString()).isEqualTo("OTHER");
        assertThat(cancellation.get("refundType").asString()).isEqualTo("PARTIAL");
        assertThat(minor(cancellation.get("refund"))).isEqualTo(refund);
        eventually(
                "the ticket to be cancelled",
                STEP,
                () -> Journeys.ticket(town, ticketId).get("status").asString().equals("CANCELLED"));

        // the card keeps what was cooked and gets the rest back, once
        var payment = eventually("the refund of order " + order.id(), STEP, () -> {
            var now = town.city.payment(leela, order.id());
            return now != null && minor(now.get("refunded")) > 0 ? now : null;
        });
        assertThat(payment.get("status").asString()).isEqualTo("CAPTURED");
        assertThat(minor(payment.get("captured"))).isEqualTo(order.total());
        assertThat(minor(payment.get("refunded"))).isEqualTo(refund);
        assertThat(minor(payment.get("captured")) - minor(payment.get("refunded")))
                .isEqualTo(items);
        var refunds = api.get("/api/v1/admin/payments/" + order.paymentId() + "/refunds", town.admin.token())
                .expect(200);
        assertThat(refunds).hasSize(1);
        assertThat(refunds.get(0).get("reason").asString()).isEqualTo("ORDER_CANCELLED");
        assertThat(refunds.get(0).get("destination").asString()).isEqualTo("CARD");
        assertThat(refunds.get(0).get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(minor(refunds.get(0).get("amount"))).isEqualTo(refund);
        var atProvider = providerRefunds(town, order.intentId());
        assertThat(atProvider).hasSize(1);
        assertThat(atProvider.get(0).get("params").get("amount").asString()).isEqualTo(Long.toString(refund));
        var wallet = api.get("/api/v1/wallet", leela.token()).expect(200);
        assertThat(minor(wallet.get("available"))).isZero();

        var cancelledMail = "Order " + order.ref() + " cancelled";
        var refundMail = "Refund of " + inr(refund) + " for order " + order.ref();
        mailed(leela, cancelledMail);
        assertThat(mailed(leela, refundMail)).contains(cancelledMail, refundMail);
        assertThat(inboxMessage(town, leela, order.id(), "OrderCancelled")
                        .get("body")
                        .asString())
                .contains("Refund: " + inr(refund));
        assertThat(inboxMessage(town, leela, order.id(), "RefundSucceeded")
                        .get("title")
                        .asString())
                .isEqualTo(refundMail);
        assertThat(channel(logged(town, leela, "RefundSucceeded", "EMAIL", "IN_APP"), "EMAIL")
                        .get("status")
                        .asString())
                .isEqualTo("SENT");
        assertThat(channel(logged(town, leela, "OrderCancelled", "EMAIL", "IN_APP"), "EMAIL")
                        .get("status")
                        .asString())
                .isEqualTo("SENT");
    }
}
