package dev.platter.payment.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.payment.Orders;
import dev.platter.payment.PaymentServiceIT;
import dev.platter.platform.events.PaymentMethod;
import dev.platter.platform.test.BadTokens;
import dev.platter.platform.test.TestTokens;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Who may see and do what: customers their own payments, services the internal API, admins the rest. */
class PaymentAccessIT extends PaymentServiceIT {

    @Test
    void aCustomerReadsTheirOwnPaymentsAndNotAnothers() {
        var customer = UUID.randomUUID();
        var order = Orders.order(customer, PaymentMethod.CASH, Orders.MASALA_DOSA);
        var paymentId = paid(order).get("paymentId").asString();

        var own = get("/api/v1/payments/" + paymentId, TestTokens.forUser(customer, "CUSTOMER"));
        var list = get("/api/v1/payments", TestTokens.forUser(customer, "CUSTOMER"));
        var stranger = get("/api/v1/payments/" + paymentId, TestTokens.forRoles("CUSTOMER"));

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(body(list).get("items").get(0).get("paymentId").asString()).isEqualTo(paymentId);
        assertThat(stranger.statusCode()).isEqualTo(404);
        assertThat(problemType(stranger)).isEqualTo("https://platter.dev/problems/not-found");
    }

    @Test
    void theInternalApiIsForServicesOnly() {
        var order = Orders.order(UUID.randomUUID(), PaymentMethod.CASH, Orders.MASALA_DOSA);

        assertThat(post("/internal/payments", TestTokens.forUser(order.customerId(), "CUSTOMER"), paymentRequest(order))
                        .statusCode())
                .isEqualTo(403);
        assertThat(post("/internal/payments", ADMIN, paymentRequest(order)).statusCode())
                .isEqualTo(403);
        assertThat(send(request("/internal/payments")
                                .header("Content-Type", "application/json")
                                .POST(json(paymentRequest(order))))
                        .statusCode())
                .isEqualTo(401);
        assertThat(get("/internal/payments?orderId=" + order.orderId(), SERVICE).statusCode())
                .isEqualTo(404);
    }

    @Test
    void onlyAdminsListAllPayments() {
        assertThat(get("/api/v1/admin/payments", ADMIN).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/admin/payments", TestTokens.forRoles("CUSTOMER"))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void rejectsUnknownFieldsAndAmountsThatDoNotFitTheMethod() {
        var order = Orders.order(UUID.randomUUID(), PaymentMethod.WALLET, Orders.MASALA_DOSA);
        var withCardNumber = new java.util.LinkedHashMap<>(paymentRequest(order));
        withCardNumber.put("cardNumber", "4242424242424242");

        var unknown = post("/internal/payments", SERVICE, withCardNumber);
        var inconsistent = post("/internal/payments", SERVICE, paymentRequest(order));

        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(problemType(unknown)).isEqualTo("https://platter.dev/problems/unknown-field");
        assertThat(inconsistent.statusCode()).isEqualTo(400);
        assertThat(problemType(inconsistent)).isEqualTo("https://platter.dev/problems/inconsistent-payment");
    }

    static java.util.List<BadTokens.BadToken> badTokens() {
        return BadTokens.all();
    }

    @ParameterizedTest
    @MethodSource("badTokens")
    void refusesEveryBadToken(BadTokens.BadToken bad) {
        assertThat(get("/api/v1/payments", bad.token()).statusCode()).isEqualTo(401);
    }
}
