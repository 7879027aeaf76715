package dev.platter.payment.promotion;

import static dev.platter.payment.Orders.SPICE_GARDEN;
import static dev.platter.payment.Orders.inr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.platter.payment.Concurrently;
import dev.platter.payment.EventFeed;
import dev.platter.payment.Orders;
import dev.platter.payment.PaymentServiceIT;
import dev.platter.platform.events.Money;
import dev.platter.platform.events.PaymentMethod;
import dev.platter.platform.test.TestTokens;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Promo codes: made by admins, evaluated for order-service, reserved per order, the last use to one order only. */
class PromotionIT extends PaymentServiceIT {

    @Autowired
    PromotionService promotions;

    private static String newCode(String name) {
        return name + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    private static Map<String, Object> flat(String code, long off, Integer maxUses) {
        var terms = new LinkedHashMap<String, Object>();
        terms.put("code", code);
        terms.put("kind", "FLAT");
        terms.put("amountOffMinor", off);
        terms.put("currency", "INR");
        terms.put("minOrderMinor", 20000);
        terms.put("validFrom", Instant.now().minus(1, ChronoUnit.HOURS).toString());
        terms.put("validUntil", Instant.now().plus(1, ChronoUnit.DAYS).toString());
        terms.put("maxUses", maxUses);
        terms.put("perCustomerLimit", 1);
        terms.put("firstOrderOnly", false);
        return terms;
    }

    private void create(Map<String, Object> terms) {
        var created = post("/api/v1/admin/promotions", ADMIN, terms);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private java.net.http.HttpResponse<String> evaluate(String code, UUID customer, Money itemsTotal) {
        return post(
                "/internal/promotions/evaluate",
                SERVICE,
                Map.of(
                        "code",
                        code,
                        "customerId",
                        customer,
                        "restaurantId",
                        SPICE_GARDEN,
                        "itemsTotal",
                        money(itemsTotal)));
    }

    /** A cash order of 300 rupees of items with the code's 50 rupees off. */
    private java.net.http.HttpResponse<String> payWithCode(UUID customer, UUID orderId, String code) {
        var order = new Orders.Order(orderId, customer, PaymentMethod.CASH, inr(25000), inr(0));
        var body = new LinkedHashMap<>(paymentRequest(order));
        body.put("promoCode", code);
        body.put("discount", money(inr(5000)));
        body.put("itemsTotal", money(inr(30000)));
        return post("/internal/payments", SERVICE, body);
    }

    @Test
    void onlyAdminsCreateCodes() {
        var terms = flat(newCode("BIRYANI"), 5000, 10);

        assertThat(post("/api/v1/admin/promotions", TestTokens.forRoles("CUSTOMER"), terms)
                        .statusCode())
                .isEqualTo(403);
        create(terms);
        assertThat(post("/api/v1/admin/promotions", ADMIN, terms).statusCode()).isEqualTo(409);
    }

    @Test
    void evaluatesTheDiscountOrAnswersPreciselyWhyNot() {
        var code = newCode("DOSA");
        var percent = new LinkedHashMap<>(flat(code, 1, 100));
        percent.remove("amountOffMinor");
        percent.put("kind", "PERCENT");
        percent.put("percentOff", 20);
        percent.put("maxDiscountMinor", 5000);
        create(percent);
        var expired = newCode("GONE");
        var expiredTerms = flat(expired, 5000, 10);
        expiredTerms.put("validFrom", Instant.now().minus(2, ChronoUnit.DAYS).toString());
        expiredTerms.put("validUntil", Instant.now().minus(1, ChronoUnit.DAYS).toString());
        create(expiredTerms);
        var elsewhere = newCode("ELSEWHERE");
        var elsewhereTerms = flat(elsewhere, 5000, 10);
        elsewhereTerms.put("restaurantId", UUID.randomUUID());
        create(elsewhereTerms);
        var customer = UUID.randomUUID();

        var capped = evaluate(code, customer, inr(40000));
        var small = evaluate(code, customer, inr(20000));
        var belowMinimum = evaluate(code, customer, inr(10000));

        assertThat(capped.statusCode()).as(capped.body()).isEqualTo(200);
        assertThat(body(capped).get("discount").get("amountMinor").asLong()).isEqualTo(5000);
        assertThat(body(small).get("discount").get("amountMinor").asLong()).isEqualTo(4000);
        assertThat(problemType(belowMinimum)).isEqualTo("https://platter.dev/problems/promo-minimum-not-met");
        assertThat(problemType(evaluate(expired, customer, inr(40000))))
                .isEqualTo("https://platter.dev/problems/promo-expired");
        assertThat(problemType(evaluate(elsewhere, customer, inr(40000))))
                .isEqualTo("https://platter.dev/problems/promo-wrong-restaurant");
        assertThat(problemType(evaluate("NOSUCHCODE", customer, inr(40000))))
                .isEqualTo("https://platter.dev/problems/promo-unknown");
    }

    @Test
    void fiftyConcurrentOrdersForTheLastUseGiveExactlyOneSuccess() throws Exception {
        var code = newCode("LASTONE");
        create(flat(code, 5000, 1));
        var orders = new ArrayList<Callable<Integer>>();
        for (int i = 0; i < 50; i++) {
            orders.add(() ->
                    payWithCode(UUID.randomUUID(), UUID.randomUUID(), code).statusCode());
        }

        try (var pool = new Concurrently(50)) {
            var statuses = pool.invokeAll(orders);
            assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
            assertThat(statuses).filteredOn(status -> status == 422).hasSize(49);
        }
        var late = payWithCode(UUID.randomUUID(), UUID.randomUUID(), code);
        assertThat(problemType(late)).isEqualTo("https://platter.dev/problems/promo-used-up");
    }

    @Test
    void aUseIsReleasedWhenTheOrderEndsUndeliveredAndConfirmedWhenDelivered() {
        var code = newCode("PANEER");
        create(flat(code, 5000, 1));
        var first = new Orders.Order(UUID.randomUUID(), UUID.randomUUID(), PaymentMethod.CASH, inr(25000), inr(0));
        assertThat(payWithCode(first.customerId(), first.orderId(), code).statusCode())
                .isEqualTo(201);
        assertThat(problemType(payWithCode(UUID.randomUUID(), UUID.randomUUID(), code)))
                .isEqualTo("https://platter.dev/problems/promo-used-up");

        EventFeed.publish(Orders.rejected(first));

        await().untilAsserted(
                        () -> assertThat(promotions.useStatus(first.orderId())).isEqualTo("RELEASED"));
        var second = new Orders.Order(UUID.randomUUID(), UUID.randomUUID(), PaymentMethod.CASH, inr(25000), inr(0));
        assertThat(payWithCode(second.customerId(), second.orderId(), code).statusCode())
                .isEqualTo(201);
        EventFeed.publish(Orders.delivered(second));
        await().untilAsserted(
                        () -> assertThat(promotions.useStatus(second.orderId())).isEqualTo("CONFIRMED"));
    }

    @Test
    void aUseIsReleasedWhenTheCardIsDeclined() {
        var code = newCode("KULFI");
        create(flat(code, 5000, 1));
        var order = new Orders.Order(UUID.randomUUID(), UUID.randomUUID(), PaymentMethod.CARD, inr(25000), inr(0));
        var body = new LinkedHashMap<>(paymentRequest(order));
        body.put("promoCode", code);
        body.put("discount", money(inr(5000)));
        body.put("itemsTotal", money(inr(30000)));
        var created = post("/internal/payments", SERVICE, body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        SANDBOX.confirm(body(created).get("intentId").asString(), "pm_card_chargeDeclined");

        await().untilAsserted(
                        () -> assertThat(promotions.useStatus(order.orderId())).isEqualTo("RELEASED"));
        assertThat(payWithCode(UUID.randomUUID(), UUID.randomUUID(), code).statusCode())
                .isEqualTo(201);
    }

    @Test
    void aCustomerUsesACodeAsOftenAsItsLimitAndAFirstOrderCodeOnlyOnTheirFirstOrder() {
        var code = newCode("ONCE");
        create(flat(code, 5000, 100));
        var welcome = newCode("WELCOME");
        var welcomeTerms = flat(welcome, 5000, 100);
        welcomeTerms.put("firstOrderOnly", true);
        create(welcomeTerms);
        var customer = UUID.randomUUID();
        assertThat(evaluate(welcome, customer, inr(30000)).statusCode()).isEqualTo(200);
        assertThat(payWithCode(customer, UUID.randomUUID(), code).statusCode()).isEqualTo(201);

        var again = payWithCode(customer, UUID.randomUUID(), code);

        assertThat(problemType(again)).isEqualTo("https://platter.dev/problems/promo-customer-limit-reached");
        assertThat(problemType(evaluate(welcome, customer, inr(30000))))
                .isEqualTo("https://platter.dev/problems/promo-first-order-only");
    }

    @Test
    void anAdminListsAndDeactivatesCodes() {
        var code = newCode("SAMOSA");
        create(flat(code, 5000, 10));
        var listed = get("/api/v1/admin/promotions?size=100", ADMIN);
        var id = java.util.stream.StreamSupport.stream(body(listed).get("items").spliterator(), false)
                .filter(item -> code.equals(item.get("code").asString()))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asString();

        var deactivated = post("/api/v1/admin/promotions/" + id + "/deactivate", ADMIN, "");

        assertThat(deactivated.statusCode()).isEqualTo(200);
        assertThat(body(deactivated).get("active").asBoolean()).isFalse();
        assertThat(problemType(evaluate(code, UUID.randomUUID(), inr(30000))))
                .isEqualTo("https://platter.dev/problems/promo-inactive");
    }

    @Test
    void aDiscountThatDoesNotMatchTheCodeIsRefused() {
        var code = newCode("MISMATCH");
        create(flat(code, 3000, 10));

        var refused = payWithCode(UUID.randomUUID(), UUID.randomUUID(), code);

        assertThat(problemType(refused)).isEqualTo("https://platter.dev/problems/promo-discount-mismatch");
    }
}
