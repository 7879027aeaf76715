package dev.platter.e2e;

import static dev.platter.e2e.Journeys.STEP;
import static dev.platter.e2e.Journeys.channel;
import static dev.platter.e2e.Journeys.inboxMessage;
import static dev.platter.e2e.Journeys.inr;
import static dev.platter.e2e.Journeys.logged;
import static dev.platter.e2e.Journeys.mailed;
import static dev.platter.e2e.Journeys.minor;
import static dev.platter.e2e.Journeys.providerRefunds;
import static dev.platter.e2e.client.City.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * After the door: a delivered card order arrives one lassi short, the customer opens a support case, ops find it in
 * their queue and resolve it with the lassi's price back to the customer's Platter wallet. The wallet shows the
 * credit at once, the case records the refund as done, the card is left alone, and the customer is told.
 */
class SupportJourneyIT {

    @Test
    void creditsTheWalletWhenOpsResolveASupportCaseOnADeliveredOrder() {
        var town = new Town("Karavalli Coast");
        var api = town.platform.api();
        var zoya = town.customer("Zoya Khan");
        var rider = town.rider("Imran S.");
        var order = Journeys.placedCardOrder(town, zoya);
        Journeys.deliver(town, zoya, order.id(), rider);
        var before = api.get("/api/v1/wallet", zoya.token()).expect(200);
        assertThat(minor(before.get("available"))).isZero();

        var opened = api.post(
                        "/api/v1/support/cases",
                        zoya.token(),
                        Map.of(
                                "orderId",
                                order.id(),
                                "category",
                                "MISSING_ITEM",
                                "text",
                                "Only one of the two sweet lassis came"))
                .expect(201);
        var caseId = opened.get("id").asString();
        assertThat(opened.get("status").asString()).isEqualTo("OPEN");
        assertThat(opened.get("orderId").asString()).isEqualTo(order.id());
        var again = api.post(
                "/api/v1/support/cases",
                zoya.token(),
                Map.of("orderId", order.id(), "category", "MISSING_ITEM", "text", "Still one lassi short"));
        assertThat(again.status()).as(again.body()).isEqualTo(409);

        var queue = api.get("/api/v1/admin/support/cases?status=OPEN&size=100", town.admin.token())
                .expect(200)
                .get("items")
                .findValuesAsString("id");
        assertThat(queue).contains(caseId);

        long lassi = minor(town.lassi.get("price"));
        var resolved = api.post(
                        "/api/v1/admin/support/cases/" + caseId + "/resolve",
                        town.admin.token(),
                        Map.of("amountMinor", lassi, "destination", "WALLET", "note", "One sweet lassi refunded"))
                .expect(200);
        assertThat(resolved.get("status").asString()).isEqualTo("RESOLVED");
        assertThat(minor(resolved.get("refund"))).isEqualTo(lassi);
        assertThat(resolved.get("refundDestination").asString()).isEqualTo("WALLET");

        // the credit is in the wallet, once, and the card is left alone
        var wallet = api.get("/api/v1/wallet", zoya.token()).expect(200);
        assertThat(minor(wallet.get("available"))).isEqualTo(lassi);
        assertThat(minor(wallet.get("reserved"))).isZero();
        var movements =
                api.get("/api/v1/wallet/transactions", zoya.token()).expect(200).get("items");
        assertThat(movements).hasSize(1);
        assertThat(movements.get(0).get("kind").asString()).isEqualTo("REFUND");
        assertThat(minor(movements.get(0).get("availableChange"))).isEqualTo(lassi);
        var settled = eventually("the case's refund to succeed", STEP, () -> {
            var now = api.get("/api/v1/support/cases/" + caseId, zoya.token()).expect(200);
            return now.path("refundStatus").asString("").equals("SUCCEEDED") ? now : null;
        });
        assertThat(settled.get("status").asString()).isEqualTo("RESOLVED");
        assertThat(settled.get("outcomeNote").asString()).isEqualTo("One sweet lassi refunded");
        var payment = town.city.payment(zoya, order.id());
        assertThat(payment.get("status").asString()).isEqualTo("CAPTURED");
        assertThat(minor(payment.get("captured"))).isEqualTo(order.total());
        assertThat(minor(payment.get("refunded"))).isEqualTo(lassi);
        assertThat(providerRefunds(town, order.intentId())).isEmpty();

        // resolving twice gives nothing more
        var twice = api.post(
                "/api/v1/admin/support/cases/" + caseId + "/resolve",
                town.admin.token(),
                Map.of("amountMinor", lassi, "destination", "WALLET"));
        assertThat(twice.status()).as(twice.body()).isEqualTo(409);
        assertThat(minor(api.get("/api/v1/wallet", zoya.token()).expect(200).get("available")))
                .isEqualTo(lassi);

        var subject = "Refund of " + inr(lassi) + " for order " + order.ref();
        assertThat(mailed(zoya, subject)).contains(subject, "Order " + order.ref() + " delivered");
        var message = inboxMessage(town, zoya, order.id(), "RefundSucceeded");
        assertThat(message.get("title").asString()).isEqualTo(subject);
        assertThat(message.get("body").asString()).contains(inr(lassi), order.ref());
        var log = logged(town, zoya, "RefundSucceeded", "EMAIL", "IN_APP");
        assertThat(log).hasSize(2);
        assertThat(channel(log, "EMAIL").get("status").asString()).isEqualTo("SENT");
        assertThat(channel(log, "EMAIL").get("template").asString()).isEqualTo("refund-succeeded");
        assertThat(channel(log, "IN_APP").get("status").asString()).isEqualTo("SENT");
    }
}
