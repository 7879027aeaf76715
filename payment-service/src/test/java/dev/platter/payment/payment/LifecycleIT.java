package dev.platter.payment.payment;

import static dev.platter.payment.Orders.MASALA_DOSA;
import static dev.platter.payment.Orders.PANEER_TIKKA_DINNER;
import static dev.platter.payment.Orders.inr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.platter.payment.EventFeed;
import dev.platter.payment.Orders;
import dev.platter.payment.PaymentServiceIT;
import dev.platter.platform.events.PaymentMethod;
import dev.platter.platform.events.order.OrderCancelled;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The money along the order lifecycle, driven by order and delivery events, late ones included. */
class LifecycleIT extends PaymentServiceIT {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void disarm() {
        SANDBOX.clearFaults();
    }

    @Test
    void capturesTheCardAndDebitsTheWalletPartWhenTheRestaurantAccepts() {
        var customer = UUID.randomUUID();
        fundWallet(customer, inr(10000));
        var order =
                Orders.order(customer, PaymentMethod.CARD, PANEER_TIKKA_DINNER).withWallet(inr(10000));
        var payment = authorisedCard(order);
        assertThat(wallet(customer).get("reserved").get("amountMinor").asLong()).isEqualTo(10000);
        assertThat(SANDBOX.intent(payment.get("intentId").asString()).getAmount())
                .isEqualTo(24950);

        EventFeed.publish(Orders.accepted(order));

        awaitStatus(order.orderId(), "CAPTURED");
        var captured = awaitPublished(order.orderId(), "PaymentCaptured");
        assertThat(captured.get("amount").get("amountMinor").asLong()).isEqualTo(34950);
        assertThat(captured.get("walletAmount").get("amountMinor").asLong()).isEqualTo(10000);
        var intent = SANDBOX.intent(payment.get("intentId").asString());
        assertThat(intent.getStatus()).isEqualTo("succeeded");
        assertThat(intent.getAmountReceived()).isEqualTo(24950);
        var wallet = wallet(customer);
        assertThat(wallet.get("available").get("amountMinor").asLong()).isZero();
        assertThat(wallet.get("reserved").get("amountMinor").asLong()).isZero();
    }

    @Test
    void aRepeatedOrderAcceptedCapturesOnce() {
        var order = Orders.order(UUID.randomUUID(), PaymentMethod.CARD, PANEER_TIKKA_DINNER);
        var intentId = authorisedCard(order).get("intentId").asString();
        var accepted = Orders.accepted(order);

        EventFeed.publish(accepted);
        EventFeed.publish(accepted);

        awaitStatus(order.orderId(), "CAPTURED");
        awaitPublished(order.orderId(), "PaymentCaptured");
        assertThat(SANDBOX.requests("POST", "/v1/payment_intents/" + intentId + "/capture"))
                .hasSize(1);
        assertThat(published(order.orderId(), "PaymentCaptured")).hasSize(1);
    }

    @Test
    void voidsTheCardAndReleasesTheWalletWhenTheRestaurantRejects() {
        var customer = UUID.randomUUID();
        fundWallet(customer, inr(5000));
        var order =
                Orders.order(customer, PaymentMethod.CARD, PANEER_TIKKA_DINNER).withWallet(inr(5000));
        var intentId = authorisedCard(order).get("intentId").asString();

        EventFeed.publish(Orders.rejected(order));

        awaitStatus(order.orderId(), "VOIDED");
        var voided = awaitPublished(order.orderId(), "PaymentVoided");
        assertThat(voided.get("walletAmount").get("amountMinor").asLong()).isEqualTo(5000);
        assertThat(SANDBOX.intent(intentId).getStatus()).isEqualTo("canceled");
        var wallet = wallet(customer);
        assertThat(wallet.get("available").get("amountMinor").asLong()).isEqualTo(5000);
        assertThat(wallet.get("reserved").get("amountMinor").asLong()).isZero();
    }

    @Test
    void aCancellationBeforeCaptureCapturesOnlyWhatIsKept() {
        var order = Orders.order(UUID.randomUUID(), PaymentMethod.CARD, PANEER_TIKKA_DINNER);
        var intentId = authorisedCard(order).get("intentId").asString();

        EventFeed.publish(Orders.cancelled(
                order,
                OrderCancelled.Status.PLACED,
                OrderCancelled.Reason.CUSTOMER_REQUEST,
                OrderCancelled.Refund.partial(inr(4950))));

        awaitStatus(order.orderId(), "CAPTURED");
        assertThat(awaitPublished(order.orderId(), "PaymentCaptured")
                        .get("amount")
                        .get("amountMinor")
                        .asLong())
                .isEqualTo(30000);
        assertThat(SANDBOX.intent(intentId).getAmountReceived()).isEqualTo(30000);
    }

    @Test
    void aCancellationAfterCaptureRefundsTheAmountItCarries() {
        var order = Orders.order(UUID.randomUUID(), PaymentMethod.CARD, PANEER_TIKKA_DINNER);
        authorisedCard(order);
        EventFeed.publish(Orders.accepted(order));
        awaitStatus(order.orderId(), "CAPTURED");

        EventFeed.publish(Orders.cancelled(
                order,
                OrderCancelled.Status.ACCEPTED,
                OrderCancelled.Reason.RESTAURANT_ISSUE,
                OrderCancelled.Refund.full(order.total())));

        var refunded = awaitPublished(order.orderId(), "RefundSucceeded");
        assertThat(refunded.get("amount").get("amountMinor").asLong()).isEqualTo(34950);
        assertThat(refunded.get("reason").asString()).isEqualTo("ORDER_CANCELLED");
        await().untilAsserted(() -> assertThat(payment(order.orderId())
                        .get("refunded")
                        .get("amountMinor")
                        .asLong())
                .isEqualTo(34950));
    }

    @Test
    void aCardAuthorisedForAnOrderAlreadyCancelledIsVoided() {
        var order = Orders.order(UUID.randomUUID(), PaymentMethod.CARD, PANEER_TIKKA_DINNER);
        var intentId = paid(order).get("intentId").asString();
        // The authorisation's webhook is late: the order expires in the meantime.
        SANDBOX.webhookFault("delay", "payment_intent.amount_capturable_updated", 1, 1, 8000);
        SANDBOX.confirm(intentId, "pm_card_visa");

        EventFeed.publish(Orders.cancelled(
                order,
                OrderCancelled.Status.PENDING_PAYMENT,
                OrderCancelled.Reason.PAYMENT_EXPIRED,
                OrderCancelled.Refund.full(order.total())));

        awaitStatus(order.orderId(), "VOIDED");
        assertThat(SANDBOX.intent(intentId).getStatus()).isEqualTo("canceled");
        awaitPublished(order.orderId(), "PaymentVoided");
        var late = SANDBOX.events("payment_intent.amount_capturable_updated").stream()
                .filter(event -> intentId.equals(
                        event.path("data").path("object").path("id").asString()))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asString();
        await().untilAsserted(() -> assertThat(SANDBOX.deliveries(late)).isNotEmpty());
        assertThat(payment(order.orderId()).get("status").asString()).isEqualTo("VOIDED");
        assertThat(published(order.orderId(), "PaymentAuthorized")).isEmpty();
    }

    @Test
    void aPaymentAskedForAnOrderThatAlreadyEndedIsRefused() {
        var order = Orders.order(UUID.randomUUID(), PaymentMethod.CARD, PANEER_TIKKA_DINNER);
        EventFeed.publish(Orders.cancelled(
                order,
                OrderCancelled.Status.PENDING_PAYMENT,
                OrderCancelled.Reason.PAYMENT_EXPIRED,
                OrderCancelled.Refund.full(order.total())));

        await().until(() -> jdbc.queryForObject(
                        "select count(*) from ended_orders where order_id = ?", Integer.class, order.orderId())
                == 1);

        var refused = createPayment(order);

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(problemType(refused)).isEqualTo("https://platter.dev/problems/order-ended");
        assertThat(SANDBOX.intentsOfOrder(order.orderId())).isEmpty();
    }

    @Test
    void cashIsAuthorisedAtOnceAndCollectedOnDelivery() {
        var order = Orders.order(UUID.randomUUID(), PaymentMethod.CASH, MASALA_DOSA);

        var payment = paid(order);

        assertThat(payment.get("status").asString()).isEqualTo("AUTHORIZED");
        assertThat(payment.get("clientSecret").isNull()).isTrue();
        assertThat(awaitPublished(order.orderId(), "PaymentAuthorized")
                        .get("method")
                        .asString())
                .isEqualTo("CASH");
        EventFeed.publish(Orders.accepted(order));
        EventFeed.publish(Orders.deliveryCompleted(order, MASALA_DOSA));
        awaitStatus(order.orderId(), "CAPTURED");
        assertThat(awaitPublished(order.orderId(), "PaymentCaptured")
                        .get("amount")
                        .get("amountMinor")
                        .asLong())
                .isEqualTo(12000);
    }

    @Test
    void aWalletPaymentIsReservedAtOnceAndDebitedWhenTheRestaurantAccepts() {
        var customer = UUID.randomUUID();
        fundWallet(customer, inr(12000));
        var order = Orders.order(customer, PaymentMethod.WALLET, MASALA_DOSA).withWallet(MASALA_DOSA);

        assertThat(paid(order).get("status").asString()).isEqualTo("AUTHORIZED");
        assertThat(awaitPublished(order.orderId(), "PaymentAuthorized")
                        .get("walletAmount")
                        .get("amountMinor")
                        .asLong())
                .isEqualTo(12000);
        assertThat(wallet(customer).get("available").get("amountMinor").asLong())
                .isZero();

        EventFeed.publish(Orders.accepted(order));

        awaitStatus(order.orderId(), "CAPTURED");
        assertThat(wallet(customer).get("reserved").get("amountMinor").asLong()).isZero();
    }

    @Test
    void aFailedCardReleasesTheWalletPart() {
        var customer = UUID.randomUUID();
        fundWallet(customer, inr(2000));
        var order =
                Orders.order(customer, PaymentMethod.CARD, PANEER_TIKKA_DINNER).withWallet(inr(2000));
        var intentId = paid(order).get("intentId").asString();

        SANDBOX.confirm(intentId, "pm_card_chargeDeclined");

        awaitStatus(order.orderId(), "FAILED");
        var wallet = wallet(customer);
        assertThat(wallet.get("available").get("amountMinor").asLong()).isEqualTo(2000);
        assertThat(wallet.get("reserved").get("amountMinor").asLong()).isZero();
    }
}
