package dev.platter.payment.payment;

import static dev.platter.payment.Orders.PANEER_TIKKA_DINNER;
import static dev.platter.payment.Orders.inr;
import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.payment.Concurrently;
import dev.platter.payment.EventFeed;
import dev.platter.payment.Orders;
import dev.platter.payment.PaymentServiceIT;
import dev.platter.platform.events.Money;
import dev.platter.platform.events.PaymentMethod;
import dev.platter.platform.test.TestTokens;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Refunds of delivered orders: support cases through the internal API, admins by hand; never beyond the capture. */
class RefundIT extends PaymentServiceIT {

    private Orders.Order captured(Orders.Order order) {
        authorisedCard(order);
        EventFeed.publish(Orders.accepted(order));
        awaitStatus(order.orderId(), "CAPTURED");
        return order;
    }

    private java.net.http.HttpResponse<String> refund(
            Orders.Order order, String key, Money amount, String destination) {
        return post(
                "/internal/refunds",
                SERVICE,
                Map.of(
                        "refundKey",
                        key,
                        "orderId",
                        order.orderId(),
                        "amount",
                        money(amount),
                        "destination",
                        destination,
                        "note",
                        "Cold naan"));
    }

    @Test
    void partialRefundsAddUpToTheCaptureAndOneMoreIsRefused() {
        var order = captured(Orders.order(UUID.randomUUID(), PaymentMethod.CARD, PANEER_TIKKA_DINNER));

        var toCard = refund(order, "case-" + UUID.randomUUID(), inr(10000), "CARD");
        var toWallet = refund(order, "case-" + UUID.randomUUID(), inr(24950), "WALLET");
        var oneMore = refund(order, "case-" + UUID.randomUUID(), inr(1), "CARD");

        assertThat(toCard.statusCode()).as(toCard.body()).isEqualTo(201);
        assertThat(body(toCard).get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(toWallet.statusCode()).as(toWallet.body()).isEqualTo(201);
        assertThat(body(toWallet).get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(oneMore.statusCode()).as(oneMore.body()).isEqualTo(422);
        assertThat(problemType(oneMore)).isEqualTo("https://platter.dev/problems/refund-exceeds-captured");
        assertThat(payment(order.orderId()).get("refunded").get("amountMinor").asLong())
                .isEqualTo(34950);
        assertThat(wallet(order.customerId())
                        .get("available")
                        .get("amountMinor")
                        .asLong())
                .isEqualTo(24950);
        var intentId = payment(order.orderId()).get("intentId").asString();
        assertThat(SANDBOX.intent(intentId).getAmountReceived()).isEqualTo(34950);
        awaitPublished(order.orderId(), "RefundSucceeded");
        org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(published(order.orderId(), "RefundSucceeded"))
                .hasSize(2));
    }

    @Test
    void aRepeatedRefundKeyAnswersTheSameRefundAndRefundsOnce() {
        var order = captured(Orders.order(UUID.randomUUID(), PaymentMethod.CARD, PANEER_TIKKA_DINNER));
        var key = "case-" + UUID.randomUUID();

        var first = refund(order, key, inr(5000), "CARD");
        var again = refund(order, key, inr(5000), "CARD");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(body(again).get("refundId")).isEqualTo(body(first).get("refundId"));
        assertThat(payment(order.orderId()).get("refunded").get("amountMinor").asLong())
                .isEqualTo(5000);
        assertThat(SANDBOX.requests("POST", "/v1/refunds").stream().filter(request -> ("platter-refund-"
                                + body(first).get("refundId").asString())
                        .equals(request.path("idempotency_key").asString())))
                .hasSize(1);
    }

    @Test
    void concurrentRefundsNeverExceedTheCapture() throws Exception {
        var order = captured(Orders.order(UUID.randomUUID(), PaymentMethod.CARD, PANEER_TIKKA_DINNER));
        var attempts = new ArrayList<Callable<Integer>>();
        for (int i = 0; i < 6; i++) {
            attempts.add(() -> refund(order, "case-" + UUID.randomUUID(), inr(10000), "WALLET")
                    .statusCode());
        }

        try (var pool = new Concurrently(6)) {
            var statuses = pool.invokeAll(attempts);
            assertThat(statuses).filteredOn(status -> status == 201).hasSize(3);
            assertThat(statuses).filteredOn(status -> status == 422).hasSize(3);
        }
        assertThat(payment(order.orderId()).get("refunded").get("amountMinor").asLong())
                .isEqualTo(30000);
    }

    @Test
    void aCardRefundTheProviderRefusesIsRecordedAsFailedForAnAdmin() {
        var order = captured(Orders.order(UUID.randomUUID(), PaymentMethod.CARD, PANEER_TIKKA_DINNER));
        SANDBOX.refundOutsidePlatter(payment(order.orderId()).get("intentId").asString());

        var refused = refund(order, "case-" + UUID.randomUUID(), inr(5000), "CARD");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(201);
        assertThat(body(refused).get("status").asString()).isEqualTo("FAILED");
        var failed = awaitPublished(order.orderId(), "RefundFailed");
        assertThat(failed.get("amount").get("amountMinor").asLong()).isEqualTo(5000);
        assertThat(failed.get("failure").asString()).isNotBlank();
        assertThat(payment(order.orderId()).get("refunded").get("amountMinor").asLong())
                .isZero();
    }

    @Test
    void aCashOrderIsRefundedToTheWalletNotToACard() {
        var order = Orders.order(UUID.randomUUID(), PaymentMethod.CASH, Orders.MASALA_DOSA);
        paid(order);
        EventFeed.publish(Orders.deliveryCompleted(order, Orders.MASALA_DOSA));
        awaitStatus(order.orderId(), "CAPTURED");

        var toCard = refund(order, "case-" + UUID.randomUUID(), inr(2000), "CARD");
        var toWallet = refund(order, "case-" + UUID.randomUUID(), inr(2000), "WALLET");

        assertThat(toCard.statusCode()).isEqualTo(422);
        assertThat(problemType(toCard)).isEqualTo("https://platter.dev/problems/refund-destination-unavailable");
        assertThat(toWallet.statusCode()).isEqualTo(201);
        assertThat(wallet(order.customerId())
                        .get("available")
                        .get("amountMinor")
                        .asLong())
                .isEqualTo(2000);
    }

    @Test
    void refusesARefundBeforeTheCapture() {
        var order = Orders.order(UUID.randomUUID(), PaymentMethod.CARD, PANEER_TIKKA_DINNER);
        authorisedCard(order);

        var early = refund(order, "case-" + UUID.randomUUID(), inr(1000), "CARD");

        assertThat(early.statusCode()).isEqualTo(409);
    }

    @Test
    void onlyAdminsRefundByHandAndEachRequestCarriesAnIdempotencyKey() {
        var order = captured(Orders.order(UUID.randomUUID(), PaymentMethod.CARD, PANEER_TIKKA_DINNER));
        var paymentId = payment(order.orderId()).get("paymentId").asString();
        var body = Map.of("amount", money(inr(2500)), "destination", "WALLET", "note", "Goodwill for a late order");
        var path = "/api/v1/admin/payments/" + paymentId + "/refunds";

        var byCustomer = postIdempotent(path, TestTokens.forUser(order.customerId(), "CUSTOMER"), "k-1", body);
        var withoutKey = post(path, ADMIN, body);
        var key = UUID.randomUUID().toString();
        var byAdmin = postIdempotent(path, ADMIN, key, body);
        var replayed = postIdempotent(path, ADMIN, key, body);

        assertThat(byCustomer.statusCode()).isEqualTo(403);
        assertThat(withoutKey.statusCode()).isEqualTo(400);
        assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(201);
        assertThat(replayed.statusCode()).isEqualTo(201);
        assertThat(body(replayed).get("refundId")).isEqualTo(body(byAdmin).get("refundId"));
        assertThat(payment(order.orderId()).get("refunded").get("amountMinor").asLong())
                .isEqualTo(2500);
    }
}
