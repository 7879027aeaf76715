package dev.platter.payment.loyalty;

import static dev.platter.payment.Orders.PANEER_TIKKA_DINNER;
import static dev.platter.payment.Orders.inr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.platter.payment.EventFeed;
import dev.platter.payment.Orders;
import dev.platter.payment.PaymentServiceIT;
import dev.platter.platform.events.PaymentMethod;
import dev.platter.platform.test.TestTokens;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Loyalty points: earned on delivered orders, reversed with refunds, redeemed into wallet credit. */
class LoyaltyIT extends PaymentServiceIT {

    private long points(UUID customer) {
        var response = get("/api/v1/loyalty", TestTokens.forUser(customer, "CUSTOMER"));
        assertThat(response.statusCode()).isEqualTo(200);
        return body(response).get("points").asLong();
    }

    private Orders.Order delivered(UUID customer) {
        var order = Orders.order(customer, PaymentMethod.CASH, PANEER_TIKKA_DINNER);
        paid(order);
        EventFeed.publish(Orders.accepted(order));
        EventFeed.publish(Orders.deliveryCompleted(order, PANEER_TIKKA_DINNER));
        awaitStatus(order.orderId(), "CAPTURED");
        EventFeed.publish(Orders.delivered(order));
        return order;
    }

    @Test
    void aDeliveredOrderEarnsPointsOnceAtTheConfiguredRate() {
        var customer = UUID.randomUUID();
        var order = delivered(customer);
        EventFeed.publish(Orders.delivered(order));

        await().untilAsserted(() -> assertThat(points(customer)).isEqualTo(34));
    }

    @Test
    void aRefundReversesThePointsOfWhatWasRefunded() {
        var customer = UUID.randomUUID();
        var order = delivered(customer);
        await().untilAsserted(() -> assertThat(points(customer)).isEqualTo(34));

        var refund = post(
                "/internal/refunds",
                SERVICE,
                Map.of(
                        "refundKey",
                        "case-" + UUID.randomUUID(),
                        "orderId",
                        order.orderId(),
                        "amount",
                        money(inr(14950)),
                        "destination",
                        "WALLET"));

        assertThat(refund.statusCode()).as(refund.body()).isEqualTo(201);
        assertThat(points(customer)).isEqualTo(20);
    }

    @Test
    void pointsAreRedeemedIntoWalletCreditAndNeverTwice() {
        var customer = UUID.randomUUID();
        delivered(customer);
        await().untilAsserted(() -> assertThat(points(customer)).isEqualTo(34));
        var token = TestTokens.forUser(customer, "CUSTOMER");
        var key = UUID.randomUUID().toString();

        var redeemed = postIdempotent("/api/v1/loyalty/redemptions", token, key, Map.of("points", 30));
        var replayed = postIdempotent("/api/v1/loyalty/redemptions", token, key, Map.of("points", 30));
        var tooMany = postIdempotent(
                "/api/v1/loyalty/redemptions", token, UUID.randomUUID().toString(), Map.of("points", 30));

        assertThat(redeemed.statusCode()).as(redeemed.body()).isEqualTo(200);
        assertThat(body(redeemed).get("credit").get("amountMinor").asLong()).isEqualTo(3000);
        assertThat(replayed.statusCode()).isEqualTo(200);
        assertThat(tooMany.statusCode()).isEqualTo(422);
        assertThat(points(customer)).isEqualTo(4);
        assertThat(wallet(customer).get("available").get("amountMinor").asLong())
                .isEqualTo(3000);
    }
}
