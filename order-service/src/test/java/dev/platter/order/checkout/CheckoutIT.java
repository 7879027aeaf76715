package dev.platter.order.checkout;

import static dev.platter.order.support.Neighbours.margherita;
import static dev.platter.order.support.Neighbours.optionId;
import static dev.platter.order.support.Neighbours.paneerTikka;
import static dev.platter.order.support.Neighbours.spiceGarden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.platter.order.OrderServiceIT;
import dev.platter.order.order.OrderMother;
import dev.platter.order.support.Neighbours;
import dev.platter.order.support.Relay;
import dev.platter.platform.events.Money;
import dev.platter.platform.events.delivery.DeliveryCompleted;
import dev.platter.platform.test.TestEvents;
import dev.platter.platform.test.TestTokens;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Checkout against the real user-service (service tokens), restaurant-service (quote) and payment-service (promo,
 * payment creation; cards on this run's stripe-sandbox account): the order is priced from the restaurant's data,
 * stored, paid, and placed by the real PaymentAuthorized; repeated keys replay; every refusal creates nothing, or ends
 * the order cancelled when payment-service refuses. Support cases on a delivered order, refunded through
 * payment-service's {@code /internal/refunds}.
 */
class CheckoutIT extends OrderServiceIT {

    private static Neighbours neighbours;
    private static Relay paymentsLine;
    private static UUID spiceGarden;
    private static JsonNode margherita;
    private static JsonNode chai;

    @DynamicPropertySource
    static void neighbours(DynamicPropertyRegistry registry) {
        neighbours = Neighbours.startWithPayments();
        registry.add("platter.clients.users", () -> neighbours.users.uri("").toString());
        registry.add(
                "platter.clients.restaurants",
                () -> neighbours.restaurants.uri("").toString());
        paymentsLine =
                Relay.to(java.util.Objects.requireNonNull(neighbours.payments).uri(""));
        registry.add("platter.clients.payments", () -> paymentsLine.uri().toString());
        registry.add("platter.clients.read-timeout", () -> "10s");
        registry.add("platter.orders.payment-window", () -> "15s");
        var owner = neighbours.ownerToken();
        spiceGarden = neighbours.publishedRestaurant(owner, spiceGarden("Spice Garden"));
        var menu = neighbours.addCategory(owner, spiceGarden, "Mains");
        margherita = neighbours.addItem(owner, spiceGarden, menu, margherita(34900));
        var chaiItem = paneerTikka(5000);
        chaiItem.put("name", "Masala Chai");
        chai = neighbours.addItem(owner, spiceGarden, menu, chaiItem);
    }

    @AfterAll
    static void stop() {
        if (paymentsLine != null) {
            paymentsLine.close();
        }
        if (neighbours != null) {
            neighbours.close();
        }
    }

    private static UUID id(JsonNode node) {
        return UUID.fromString(node.get("id").asString());
    }

    /** Two Large Margheritas (₹509 each) in the customer's cart. */
    private void twoLargeMargheritas(Person customer) throws Exception {
        ok(
                post(
                        "/api/v1/cart/lines",
                        customer.token(),
                        Map.of(
                                "restaurantId", spiceGarden.toString(),
                                "menuItemId", id(margherita).toString(),
                                "quantity", 2,
                                "optionIds",
                                        List.of(optionId(margherita, "Size", "Large")
                                                .toString()),
                                "note", "well done")),
                201);
    }

    /** Delivery to Residency Road, about 1.3 km from the kitchen. */
    private static Map<String, Object> checkout(String method) {
        var body = new HashMap<String, Object>();
        body.put("recipient", Map.of("name", "Asha Rao", "phone", "+919812345678"));
        body.put(
                "deliveryAddress",
                Map.of(
                        "line1", "4 Residency Road",
                        "city", "Bengaluru",
                        "postalCode", "560025",
                        "countryCode", "IN",
                        "lat", 12.9667,
                        "lon", 77.6050));
        body.put("deliveryInstructions", "Ring twice");
        body.put("paymentMethod", method);
        body.put("tipMinor", 2000);
        return body;
    }

    private HttpResponse<String> placeOrder(Person customer, String key, Object body) throws Exception {
        return send(request("/api/v1/orders")
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + customer.token())
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    private long orderCount(Person customer) throws Exception {
        return ok(get("/api/v1/orders", customer.token()), 200)
                .get("totalItems")
                .asLong();
    }

    @Test
    void checksOutACashOrderAtTheRestaurantsPricesAndPlacesItOnThePaymentsAuthorisation() throws Exception {
        var asha = customer();
        twoLargeMargheritas(asha);
        var key = UUID.randomUUID().toString();

        var response = placeOrder(asha, key, checkout("CASH"));
        var placed = ok(response, 201);
        var order = placed.get("order");
        assertThat(order.get("status").asString()).isEqualTo("PENDING_PAYMENT");
        var totals = order.get("totals");
        assertThat(totals.get("itemsTotal").get("amountMinor").asLong()).isEqualTo(101800);
        assertThat(totals.get("packagingCharge").get("amountMinor").asLong()).isEqualTo(2000);
        assertThat(totals.get("deliveryFee").get("amountMinor").asLong())
                .as("within the base 2 km")
                .isEqualTo(2000);
        assertThat(totals.get("tax").get("amountMinor").asLong()).isEqualTo(5190);
        assertThat(totals.get("total").get("amountMinor").asLong()).isEqualTo(101800 + 2000 + 2000 + 5190 + 2000);
        assertThat(order.get("lines").get(0).get("note").asString()).isEqualTo("well done");
        assertThat(placed.get("payment").get("paymentId").isNull()).isFalse();

        var orderId = UUID.fromString(order.get("id").asString());
        var paid = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> ok(get("/api/v1/orders/" + orderId, asha.token()), 200),
                        view -> view.get("status").asString().equals("PLACED"));
        assertThat(paid.get("handoffCode").asString()).matches("[0-9]{4}");
        assertThat(ok(get("/api/v1/cart", asha.token()), 200).get("lines"))
                .as("the cart is emptied")
                .isEmpty();

        var replay = placeOrder(asha, key, checkout("CASH"));
        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(replay.body()).isEqualTo(response.body());
        assertThat(orderCount(asha)).as("one order for a repeated key").isEqualTo(1);

        var otherBody = placeOrder(asha, key, checkout("CARD"));
        assertThat(otherBody.statusCode()).isEqualTo(422);
        assertThat(problemType(otherBody)).endsWith("/idempotency-key-reused");
        assertThat(orderCount(asha)).isEqualTo(1);
    }

    @Test
    void deliversToASavedAddressFromUserServiceAndOnlyTheCustomersOwn() throws Exception {
        var saved = neighbours.customerWithAddress();
        var asha = new Person(saved.customerId(), TestTokens.forUser(saved.customerId(), "CUSTOMER"));
        twoLargeMargheritas(asha);
        var body = checkout("CASH");
        body.remove("deliveryAddress");
        body.remove("deliveryInstructions");
        body.put("addressId", saved.addressId().toString());

        var stranger = customer();
        twoLargeMargheritas(stranger);
        var notTheirs = placeOrder(stranger, UUID.randomUUID().toString(), body);
        assertThat(notTheirs.statusCode()).isEqualTo(404);
        assertThat(orderCount(stranger)).isZero();

        var order =
                ok(placeOrder(asha, UUID.randomUUID().toString(), body), 201).get("order");
        assertThat(order.get("deliveryAddress").get("line1").asString()).isEqualTo("4 Residency Road");
        assertThat(order.get("deliveryAddress").get("countryCode").asString()).isEqualTo("IN");
        assertThat(order.get("deliveryAddress").get("location").get("lat").asDouble())
                .isEqualTo(12.9667);
        assertThat(order.get("deliveryInstructions").asString()).isEqualTo("Blue gate, second floor");

        var both = checkout("CASH");
        both.put("addressId", saved.addressId().toString());
        assertThat(placeOrder(asha, UUID.randomUUID().toString(), both).statusCode())
                .isEqualTo(400);
    }

    @Test
    void splitsACardPaymentWithTheWallet() throws Exception {
        var asha = customer();
        neighbours.creditWallet(asha.id(), 50000);
        twoLargeMargheritas(asha);
        var body = checkout("CARD");
        body.put("walletAmountMinor", 30000);
        var placed = ok(placeOrder(asha, UUID.randomUUID().toString(), body), 201);

        var totals = placed.get("order").get("totals");
        long total = totals.get("total").get("amountMinor").asLong();
        assertThat(totals.get("walletAmount").get("amountMinor").asLong()).isEqualTo(30000);
        assertThat(totals.get("amountDue").get("amountMinor").asLong()).isEqualTo(total - 30000);
        assertThat(placed.get("payment").get("clientSecret").asString()).isNotBlank();
    }

    private static Map<String, Object> quoteFor(Map<String, Object> checkout) {
        @SuppressWarnings("unchecked")
        var address = (Map<String, Object>) checkout.get("deliveryAddress");
        var body = new HashMap<String, Object>();
        body.put("dropOff", Map.of("lat", address.get("lat"), "lon", address.get("lon")));
        for (var field : List.of("tipMinor", "promoCode", "paymentMethod", "walletAmountMinor")) {
            if (checkout.containsKey(field)) {
                body.put(field, checkout.get(field));
            }
        }
        return body;
    }

    @Test
    void quotesThePromoDiscountAndTheWalletPartExactlyAsCheckoutChargesThem() throws Exception {
        var asha = customer();
        neighbours.creditWallet(asha.id(), 20000);
        var code = "DOSA10" + asha.id().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
        neighbours.percentOffPromo(code, 10);
        twoLargeMargheritas(asha);
        var body = checkout("CARD");
        body.put("promoCode", code);
        body.put("walletAmountMinor", 20000);

        var quote = ok(post("/api/v1/cart/quote", asha.token(), quoteFor(body)), 200);
        assertThat(quote.get("orderable").asBoolean()).as(quote.toString()).isTrue();
        assertThat(quote.get("promo").get("applied").asBoolean()).isTrue();
        assertThat(quote.get("walletAvailable").get("amountMinor").asLong()).isEqualTo(20000);
        var quoted = quote.get("totals");
        assertThat(quoted.get("discount").get("amountMinor").asLong())
                .as("10% of the items")
                .isEqualTo(10180);
        assertThat(quoted.get("walletAmount").get("amountMinor").asLong()).isEqualTo(20000);
        assertThat(quoted.get("promoCode").asString()).isEqualTo(code);

        var placed = ok(placeOrder(asha, UUID.randomUUID().toString(), body), 201);
        assertThat(placed.get("order").get("totals"))
                .as("checkout charges what the quote showed")
                .isEqualTo(quoted);
    }

    @Test
    void quotesWhyAPromoOrTheWalletCannotPayWithoutFailingTheQuote() throws Exception {
        var asha = customer();
        twoLargeMargheritas(asha);
        var body = checkout("WALLET");
        body.put("promoCode", "NO-SUCH-CODE");

        var quote = ok(post("/api/v1/cart/quote", asha.token(), quoteFor(body)), 200);
        assertThat(quote.get("orderable").asBoolean()).isFalse();
        assertThat(quote.get("blockers").toString()).contains("PROMO_INVALID", "WALLET_BALANCE_TOO_LOW");
        assertThat(quote.get("promo").get("applied").asBoolean()).isFalse();
        assertThat(quote.get("promo").get("problem").asString()).isEqualTo("promo-unknown");
        assertThat(quote.get("totals").get("discount").get("amountMinor").asLong())
                .isZero();
        assertThat(quote.get("walletAvailable").get("amountMinor").asLong()).isZero();

        var splitOnWallet = quoteFor(checkout("WALLET"));
        splitOnWallet.put("walletAmountMinor", 100);
        var invalid = post("/api/v1/cart/quote", asha.token(), splitOnWallet);
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(orderCount(asha)).as("a quote places nothing").isZero();
    }

    @Test
    void aDoubleTapCreatesOneOrder() throws Exception {
        var asha = customer();
        twoLargeMargheritas(asha);
        var key = UUID.randomUUID().toString();
        var body = JSON.writeValueAsString(checkout("CASH"));
        var taps = java.util.stream.IntStream.range(0, 2)
                .mapToObj(tap -> HTTP.sendAsync(
                        request("/api/v1/orders")
                                .header("Content-Type", "application/json")
                                .header("Authorization", "Bearer " + asha.token())
                                .header("Idempotency-Key", key)
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString()))
                .toList();
        var statuses = taps.stream().map(tap -> tap.join().statusCode()).toList();

        assertThat(statuses).contains(201).allMatch(status -> status == 201 || status == 409);
        assertThat(orderCount(asha)).isEqualTo(1);
    }

    @Test
    void aCustomerOpensACaseOnTheirDeliveredOrderAndAnAdminRefundsPartToTheWallet() throws Exception {
        var asha = customer();
        twoLargeMargheritas(asha);
        var order = ok(placeOrder(asha, UUID.randomUUID().toString(), checkout("CASH")), 201)
                .get("order");
        var orderId = UUID.fromString(order.get("id").asString());
        var total = order.get("totals").get("total").get("amountMinor").asLong();
        awaitStatus(asha, orderId, "PLACED");
        TestEvents.publish(OrderMother.ticketAccepted(orderId, spiceGarden));
        awaitStatus(asha, orderId, "ACCEPTED");
        var rider = UUID.randomUUID();
        TestEvents.publish(OrderMother.deliveryPickedUp(orderId, spiceGarden, asha.id(), rider));
        TestEvents.publish(new DeliveryCompleted(
                UUID.randomUUID(),
                Instant.now(),
                orderId,
                7,
                UUID.randomUUID(),
                rider,
                spiceGarden,
                asha.id(),
                1300,
                Money.of(total, "INR")));
        awaitStatus(asha, orderId, "DELIVERED");

        var opened = ok(
                post(
                        "/api/v1/support/cases",
                        asha.token(),
                        Map.of("orderId", orderId.toString(), "category", "MISSING_ITEM", "text", "No garlic bread")),
                201);
        assertThat(opened.get("status").asString()).isEqualTo("OPEN");
        var caseId = opened.get("id").asString();
        var again = post(
                "/api/v1/support/cases",
                asha.token(),
                Map.of("orderId", orderId.toString(), "category", "LATE", "text", "And it was late"));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(problemType(again)).endsWith("/support-case-open");
        var bala = customer();
        assertThat(post(
                                "/api/v1/support/cases",
                                bala.token(),
                                Map.of("orderId", orderId.toString(), "category", "OTHER", "text", "Not mine"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(get("/api/v1/support/cases/" + caseId, bala.token()).statusCode())
                .isEqualTo(404);

        var admin = admin();
        var queue = ok(get("/api/v1/admin/support/cases?size=100", admin.token()), 200);
        assertThat(queue.get("items").valueStream().map(item -> item.get("id").asString()))
                .contains(caseId);
        assertThat(get("/api/v1/admin/support/cases", asha.token()).statusCode())
                .isEqualTo(403);

        // the cash is captured when payment-service hears of the delivery; until then a refund is refused
        var resolved = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> post(
                                "/api/v1/admin/support/cases/" + caseId + "/resolve",
                                admin.token(),
                                Map.of("amountMinor", 20000, "destination", "WALLET", "note", "Sorry!")),
                        response -> response.statusCode() != 409);
        var outcome = ok(resolved, 200);
        assertThat(outcome.get("status").asString()).isEqualTo("RESOLVED");
        assertThat(outcome.get("refund").get("amountMinor").asLong()).isEqualTo(20000);
        assertThat(outcome.get("refundId").isNull()).isFalse();
        var seen = ok(get("/api/v1/support/cases/" + caseId, asha.token()), 200);
        assertThat(seen.get("status").asString()).isEqualTo("RESOLVED");
        assertThat(seen.get("refundDestination").asString()).isEqualTo("WALLET");
        var settled = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> ok(get("/api/v1/support/cases/" + caseId, asha.token()), 200),
                        view -> view.get("refundStatus").asString("").equals("SUCCEEDED"));
        assertThat(settled.get("status").asString()).isEqualTo("RESOLVED");

        var second = ok(
                post(
                        "/api/v1/support/cases",
                        asha.token(),
                        Map.of("orderId", orderId.toString(), "category", "QUALITY", "text", "Cold pizza")),
                201);
        var declined = ok(
                post(
                        "/api/v1/admin/support/cases/" + second.get("id").asString() + "/decline",
                        admin.token(),
                        Map.of("reason", "Already refunded for this order")),
                200);
        assertThat(declined.get("status").asString()).isEqualTo("DECLINED");
        assertThat(ok(get("/api/v1/support/cases/" + second.get("id").asString(), asha.token()), 200)
                        .get("outcomeNote")
                        .asString())
                .isEqualTo("Already refunded for this order");
        var late = post(
                "/api/v1/admin/support/cases/" + second.get("id").asString() + "/resolve",
                admin.token(),
                Map.of("destination", "WALLET"));
        assertThat(late.statusCode()).isEqualTo(409);
    }

    private JsonNode awaitStatus(Person customer, UUID orderId, String status) {
        return await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> ok(get("/api/v1/orders/" + orderId, customer.token()), 200),
                        view -> view.get("status").asString().equals(status));
    }

    @Test
    void leavesTheOrderToExpireWhenPaymentServiceIsUnreachableAndARetryPaysForTheSameOrder() throws Exception {
        var asha = customer();
        twoLargeMargheritas(asha);
        var expiring = UUID.randomUUID().toString();
        paymentsLine.cut();
        try {
            var down = placeOrder(asha, expiring, checkout("CASH"));
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(problemType(down)).endsWith("/dependency-unavailable");
            var orders = ok(get("/api/v1/orders", asha.token()), 200).get("items");
            assertThat(orders).hasSize(1);
            var expiredId = UUID.fromString(orders.get(0).get("id").asString());
            assertThat(orders.get(0).get("status").asString()).isEqualTo("PENDING_PAYMENT");

            var expired = awaitStatus(asha, expiredId, "CANCELLED");
            assertThat(expired.get("cancellation").get("reason").asString()).isEqualTo("PAYMENT_EXPIRED");
            assertThat(ok(get("/api/v1/cart", asha.token()), 200).get("lines"))
                    .as("the cart is kept for another try")
                    .hasSize(1);

            var retried = UUID.randomUUID().toString();
            assertThat(placeOrder(asha, retried, checkout("CASH")).statusCode()).isEqualTo(503);
            var pendingId = UUID.fromString(ok(get("/api/v1/orders", asha.token()), 200)
                    .get("items")
                    .get(0)
                    .get("id")
                    .asString());
            paymentsLine.restore();

            var paid = ok(placeOrder(asha, retried, checkout("CASH")), 201);
            assertThat(paid.get("order").get("id").asString())
                    .as("the retry pays for the order its first try created")
                    .isEqualTo(pendingId.toString());
            assertThat(orderCount(asha)).isEqualTo(2);
            awaitStatus(asha, pendingId, "PLACED");

            var tooLate = placeOrder(asha, expiring, checkout("CASH"));
            assertThat(tooLate.statusCode()).as(tooLate.body()).isEqualTo(409);
            assertThat(problemType(tooLate)).endsWith("/illegal-transition");
            assertThat(orderCount(asha)).isEqualTo(2);
        } finally {
            paymentsLine.restore();
        }
    }

    @Test
    void answersACardOrderWithWhatTheAppNeedsToConfirmThePayment() throws Exception {
        var asha = customer();
        twoLargeMargheritas(asha);
        var placed = ok(placeOrder(asha, UUID.randomUUID().toString(), checkout("CARD")), 201);
        assertThat(placed.get("order").get("paymentMethod").asString()).isEqualTo("CARD");
        assertThat(placed.get("payment").get("clientSecret").asString()).isNotBlank();
    }

    @Test
    void endsTheOrderCancelledWhenPaymentServiceRefusesAndAnswersItsProblem() throws Exception {
        var asha = customer();
        twoLargeMargheritas(asha);
        var refused = placeOrder(asha, UUID.randomUUID().toString(), checkout("WALLET"));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(problemType(refused)).endsWith("/wallet-balance-too-low");

        var orders = ok(get("/api/v1/orders", asha.token()), 200).get("items");
        assertThat(orders).hasSize(1);
        assertThat(orders.get(0).get("status").asString()).isEqualTo("CANCELLED");
        assertThat(orders.get(0).get("cancellation").get("reason").asString()).isEqualTo("PAYMENT_REFUSED");
    }

    @Test
    void refusesEachReasonWithItsOwnProblemAndCreatesNothing() throws Exception {
        var asha = customer();
        var empty = placeOrder(asha, UUID.randomUUID().toString(), checkout("CASH"));
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(problemType(empty)).endsWith("/cart-empty");

        twoLargeMargheritas(asha);
        var far = checkout("CASH");
        far.put(
                "deliveryAddress",
                Map.of(
                        "line1", "Whitefield Main Road",
                        "city", "Bengaluru",
                        "countryCode", "IN",
                        "lat", 12.9698,
                        "lon", 77.7500));
        var outside = placeOrder(asha, UUID.randomUUID().toString(), far);
        assertThat(outside.statusCode()).isEqualTo(422);
        assertThat(problemType(outside)).endsWith("/outside-delivery-radius");

        var promo = checkout("CASH");
        promo.put("promoCode", "NO-SUCH-CODE");
        var unknownPromo = placeOrder(asha, UUID.randomUUID().toString(), promo);
        assertThat(unknownPromo.statusCode()).isEqualTo(422);
        assertThat(problemType(unknownPromo)).endsWith("/promo-unknown");

        var priced = checkout("CASH");
        priced.put("total", Map.of("amountMinor", 1, "currency", "INR"));
        var sneaky = placeOrder(asha, UUID.randomUUID().toString(), priced);
        assertThat(sneaky.statusCode()).isEqualTo(400);
        assertThat(problemType(sneaky)).endsWith("/unknown-field");
        assertThat(orderCount(asha)).isZero();

        var bala = customer();
        ok(
                post(
                        "/api/v1/cart/lines",
                        bala.token(),
                        Map.of(
                                "restaurantId", spiceGarden.toString(),
                                "menuItemId", id(chai).toString(),
                                "quantity", 1)),
                201);
        var small = placeOrder(bala, UUID.randomUUID().toString(), checkout("CASH"));
        assertThat(small.statusCode()).isEqualTo(422);
        assertThat(problemType(small)).endsWith("/below-minimum-order");
        assertThat(orderCount(bala)).isZero();
    }
}
