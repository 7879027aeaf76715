package dev.platter.e2e;

import static dev.platter.e2e.OrderSteps.STEP;
import static dev.platter.e2e.OrderSteps.minor;
import static dev.platter.e2e.client.City.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.stripe.exception.StripeException;
import com.stripe.param.EventListParams;
import com.stripe.param.WebhookEndpointListParams;
import dev.platter.e2e.client.City;
import dev.platter.e2e.client.City.Customer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * How an order is paid, every party through the gateway: cash at the door, a wallet part with the card, a promo code,
 * a declined card, and a card whose webhook never arrived. Each journey checks the order, the payment as
 * payment-service keeps it, the wallet and the card at the provider.
 */
class PaymentJourneysIT {

    private static final String AUTHORISED = "payment_intent.amount_capturable_updated";

    @Test
    void collectsTheCashOfACashOrderAtTheDoor() {
        var town = new Town("Cash Counter Dosa Camp");
        var steps = new OrderSteps(town);
        var city = town.city;
        var kiran = town.customer("Kiran Shetty");
        var rider = town.rider("Ravi M.");

        town.fillCart(kiran);
        var placed = steps.cashOrder(kiran);
        var orderId = placed.get("id").asString();
        var due = placed.get("totals").get("amountDue");
        assertThat(minor(due)).isEqualTo(minor(placed.get("totals").get("total")));

        // cash is accepted as due on delivery at once: nothing is taken yet
        var authorised = city.awaitPayment(kiran, orderId, "AUTHORIZED", STEP);
        assertThat(authorised.get("method").asString()).isEqualTo("CASH");
        assertThat(authorised.get("amount")).isEqualTo(due);
        assertThat(authorised.get("cardAmount")).isEqualTo(due);
        assertThat(minor(authorised.get("captured"))).isZero();
        assertThat(OrderSteps.absent(authorised.path("clientSecret"))).isTrue();

        var ticketId = steps.accept(kiran, orderId);
        var offer = steps.takeOffer(kiran, orderId, rider);
        assertThat(offer.get("cashToCollect"))
                .as("the rider collects the amount due")
                .isEqualTo(due);
        // accepting the order takes no cash: it is collected at the door
        assertThat(city.payment(kiran, orderId).get("status").asString()).isEqualTo("AUTHORIZED");

        steps.deliver(kiran, orderId, ticketId, rider, offer.get("deliveryId").asString(), town.kitchen.offset(400, 0));
        var collected = city.awaitPayment(kiran, orderId, "CAPTURED", STEP);
        assertThat(collected.get("captured")).isEqualTo(due);
        assertThat(minor(collected.get("refunded"))).isZero();
    }

    @Test
    void paysPartFromTheWalletAndTheRestByCardCapturingBothOnAcceptance() {
        var town = new Town("Wallet Wise Thali House");
        var steps = new OrderSteps(town);
        var city = town.city;
        var api = town.platform.api();
        var nisha = town.customer("Nisha Pai");
        var customerId = nisha.session().userId();

        var credited = api.post(
                        "/api/v1/admin/wallets/" + customerId + "/credits",
                        town.admin.token(),
                        Map.of("amount", City.money(20_000), "note", "Sorry for the late delivery last week"))
                .expect(200, 201);
        assertThat(minor(credited.get("available"))).isEqualTo(20_000);
        assertThat(minor(wallet(town, nisha).get("available"))).isEqualTo(20_000);

        town.fillCart(nisha);
        var checkout = city.checkout(nisha, "CARD", Map.of("walletAmountMinor", 15_000));
        var order = checkout.get("order");
        var orderId = order.get("id").asString();
        var totals = order.get("totals");
        long total = minor(totals.get("total"));
        assertThat(minor(totals.get("walletAmount"))).isEqualTo(15_000);
        assertThat(minor(totals.get("amountDue"))).isEqualTo(total - 15_000);

        // the wallet part is reserved at checkout, the card part waits for the customer's card
        var reserved = wallet(town, nisha);
        assertThat(minor(reserved.get("available"))).isEqualTo(5_000);
        assertThat(minor(reserved.get("reserved"))).isEqualTo(15_000);
        var pending = city.payment(nisha, orderId);
        assertThat(pending).isNotNull();
        assertThat(pending.get("status").asString()).isEqualTo("PENDING");
        assertThat(minor(pending.get("amount"))).isEqualTo(total);
        assertThat(minor(pending.get("walletAmount"))).isEqualTo(15_000);
        assertThat(minor(pending.get("cardAmount"))).isEqualTo(total - 15_000);
        var intentId = pending.get("intentId").asString();
        assertThat(steps.intent(intentId).getAmount()).isEqualTo(total - 15_000);

        assertThat(steps.confirmCard(checkout, "pm_card_mastercard")).isEqualTo("requires_capture");
        city.awaitOrder(nisha, orderId, "PLACED", STEP);
        var authorised = city.awaitPayment(nisha, orderId, "AUTHORIZED", STEP);
        assertThat(minor(authorised.get("captured"))).isZero();

        steps.accept(nisha, orderId);
        var captured = city.awaitPayment(nisha, orderId, "CAPTURED", STEP);
        assertThat(minor(captured.get("captured"))).isEqualTo(total);
        var intent = steps.intent(intentId);
        assertThat(intent.getStatus()).isEqualTo("succeeded");
        assertThat(intent.getAmountReceived()).isEqualTo(total - 15_000);

        var debited = eventually("the wallet part to be debited", STEP, () -> {
            var now = wallet(town, nisha);
            return minor(now.get("reserved")) == 0 ? now : null;
        });
        assertThat(minor(debited.get("available"))).isEqualTo(5_000);
        var history = api.get("/api/v1/wallet/transactions?size=100", nisha.token())
                .expect(200)
                .get("items");
        assertThat(kinds(history, orderId)).containsExactlyInAnyOrder("RESERVE", "DEBIT");
        for (var movement : history) {
            if (movement.get("kind").asString().equals("DEBIT")) {
                assertThat(minor(movement.get("reservedChange"))).isEqualTo(-15_000);
                assertThat(minor(movement.get("availableChange"))).isZero();
            }
        }
    }

    @Test
    void takesAnAdminsPromoCodeOffTheOrderAndTheCardAndCountsItsUse() {
        var town = new Town("Promo Point Kebab Co");
        var steps = new OrderSteps(town);
        var city = town.city;
        var api = town.platform.api();
        var vikram = town.customer("Vikram Das");
        var code = ("FEAST" + UUID.randomUUID().toString().substring(0, 6)).toUpperCase(Locale.ROOT);

        var terms = new HashMap<String, Object>();
        terms.put("code", code);
        terms.put("kind", "PERCENT");
        terms.put("percentOff", 20);
        terms.put("currency", "INR");
        terms.put("minOrderMinor", 20_000);
        terms.put("maxDiscountMinor", 10_000);
        terms.put("validFrom", Instant.now().minus(1, ChronoUnit.HOURS).toString());
        terms.put("validUntil", Instant.now().plus(1, ChronoUnit.DAYS).toString());
        terms.put("maxUses", 50);
        terms.put("perCustomerLimit", 1);
        terms.put("firstOrderOnly", false);
        terms.put("restaurantId", town.restaurant.id());
        var promo =
                api.post("/api/v1/admin/promotions", town.admin.token(), terms).expect(201);
        assertThat(promo.get("usesReserved").asInt()).isZero();

        town.fillCart(vikram);
        var checkout = city.checkout(vikram, "CARD", Map.of("promoCode", code.toLowerCase(Locale.ROOT)));
        var order = checkout.get("order");
        var orderId = order.get("id").asString();
        var totals = order.get("totals");
        long items = minor(totals.get("itemsTotal"));
        long discount = Math.min(items * 20 / 100, 10_000);
        assertThat(discount).isPositive();
        assertThat(minor(totals.get("discount"))).isEqualTo(discount);
        assertThat(totals.get("promoCode").asString()).isEqualTo(code);
        long total = minor(totals.get("total"));
        assertThat(total)
                .isEqualTo(items
                        + minor(totals.get("packagingCharge"))
                        + minor(totals.get("deliveryFee"))
                        + minor(totals.get("tax"))
                        + minor(totals.get("tip"))
                        - discount);

        var payment = city.payment(vikram, orderId);
        assertThat(payment).isNotNull();
        assertThat(payment.get("promoCode").asString()).isEqualTo(code);
        assertThat(minor(payment.get("discount"))).isEqualTo(discount);
        assertThat(minor(payment.get("amount"))).isEqualTo(total);
        assertThat(steps.intent(payment.get("intentId").asString()).getAmount())
                .as("the card is asked for the discounted total")
                .isEqualTo(total);
        assertThat(steps.confirmCard(checkout, "pm_card_visa")).isEqualTo("requires_capture");
        city.awaitOrder(vikram, orderId, "PLACED", STEP);
        steps.accept(vikram, orderId);
        var captured = city.awaitPayment(vikram, orderId, "CAPTURED", STEP);
        assertThat(minor(captured.get("captured"))).isEqualTo(total);
        assertThat(minor(captured.get("discount"))).isEqualTo(discount);

        // the use is counted on the code, and the customer's one use is spent
        assertThat(promotion(town, code).get("usesReserved").asInt()).isEqualTo(1);
        var again = Map.of("code", code, "restaurantId", town.restaurant.id(), "itemsTotal", totals.get("itemsTotal"));
        var refused = api.post("/api/v1/promotions/evaluate", vikram.token(), again);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problem()).isEqualTo("promo-customer-limit-reached");
        var someoneElse = town.customer("Farah Khan");
        assertThat(minor(api.post("/api/v1/promotions/evaluate", someoneElse.token(), again)
                        .expect(200)
                        .get("discount")))
                .isEqualTo(discount);
    }

    @Test
    void cancelsTheOrderOfADeclinedCardAndTellsTheCustomer() {
        var town = new Town("Declined Dabba Diner");
        var steps = new OrderSteps(town);
        var city = town.city;
        var api = town.platform.api();
        var meena = town.customer("Meena Joshi");

        town.fillCart(meena);
        var checkout = city.checkout(meena, "CARD", Map.of());
        var orderId = checkout.get("order").get("id").asString();
        assertThat(steps.confirmCard(checkout, "pm_card_chargeDeclined")).isEqualTo("requires_payment_method");

        var failed = city.awaitPayment(meena, orderId, "FAILED", STEP);
        assertThat(failed.get("failureReason").asString()).isEqualTo("CARD_DECLINED");
        assertThat(failed.get("failureCode").asString()).isEqualTo("generic_decline");
        assertThat(minor(failed.get("captured"))).isZero();
        var cancelled = city.awaitOrder(meena, orderId, "CANCELLED", STEP);
        assertThat(cancelled.get("cancellation").get("reason").asString()).isEqualTo("PAYMENT_FAILED");
        assertThat(cancelled.get("cancellation").get("by").asString()).isEqualTo("SYSTEM");
        assertThat(cancelled.get("timeline").findValuesAsString("status"))
                .containsExactly("PENDING_PAYMENT", "CANCELLED");
        assertThat(OrderSteps.absent(cancelled.path("handoffCode"))).isTrue();

        // the customer hears of it in the app and by mail
        var inbox = eventually("the customer's inbox to tell of the failed payment", STEP, () -> {
            var messages = api.get("/api/v1/notifications?size=100", meena.token())
                    .expect(200)
                    .get("items");
            var types = new ArrayList<String>();
            for (var message : messages) {
                if (message.path("orderId").asString("").equals(orderId)) {
                    types.add(message.get("eventType").asString());
                }
            }
            return types.containsAll(List.of("PaymentFailed", "OrderCancelled")) ? types : null;
        });
        assertThat(inbox).doesNotContain("OrderPlaced");
        var ref = "#" + orderId.substring(0, 8).toUpperCase(Locale.ROOT);
        eventually("a mail about the failed payment", STEP, () -> MailSink.mailbox(
                        meena.session().email())
                .stream()
                .anyMatch(mail -> mail.subject().equals("Payment for order " + ref + " failed")));
    }

    @Test
    void completesAPaymentWhoseWebhookWasLostThroughReconciliation() throws StripeException {
        var town = new Town("Lost Letter Biryani");
        var steps = new OrderSteps(town);
        var city = town.city;
        var stripe = town.platform.stripe;
        var arjun = town.customer("Arjun Menon");

        town.fillCart(arjun);
        var checkout = city.checkout(arjun, "CARD", Map.of());
        var orderId = checkout.get("order").get("id").asString();
        var intentId = city.payment(arjun, orderId).get("intentId").asString();
        try {
            // the webhook that tells payment-service the card was authorised never arrives (at any endpoint)
            stripe.dropWebhooks(endpointsWanting(steps, AUTHORISED), AUTHORISED);
            assertThat(steps.confirmCard(checkout, "pm_card_visa")).isEqualTo("requires_capture");
            eventually("the sandbox to drop the webhook", STEP, () -> stripe.faults()
                    .path("webhooks")
                    .isEmpty());
        } finally {
            stripe.clearFaults();
        }
        var authorisedEvent = steps
                .stripe()
                .v1()
                .events()
                .list(EventListParams.builder()
                        .setType(AUTHORISED)
                        .setLimit(100L)
                        .build())
                .getData()
                .stream()
                .filter(event -> event.getType().equals(AUTHORISED)
                        && event.getDataObjectDeserializer().getRawJson().contains(intentId))
                .findFirst()
                .orElseThrow();
        assertThat(stripe.deliveries(authorisedEvent.getId()))
                .as("payment-service never heard of the authorisation")
                .isEmpty();

        // reconciliation finds the authorised intent and places the order all the same
        var placed = city.awaitOrder(arjun, orderId, "PLACED", STEP);
        assertThat(placed.get("handoffCode").asString()).matches("\\d{4}");
        var authorised = city.awaitPayment(arjun, orderId, "AUTHORIZED", STEP);
        assertThat(minor(authorised.get("amount")))
                .isEqualTo(minor(placed.get("totals").get("total")));
        assertThat(stripe.deliveries(authorisedEvent.getId())).isEmpty();

        // and the money it found is taken when the restaurant accepts
        steps.accept(arjun, orderId);
        city.awaitPayment(arjun, orderId, "CAPTURED", STEP);
        assertThat(steps.intent(intentId).getAmountReceived())
                .isEqualTo(minor(placed.get("totals").get("amountDue")));
    }

    /** How many of the account's webhook endpoints are sent events of a type. */
    private static int endpointsWanting(OrderSteps steps, String eventType) throws StripeException {
        var count = 0;
        for (var endpoint : steps.stripe()
                .v1()
                .webhookEndpoints()
                .list(WebhookEndpointListParams.builder().setLimit(100L).build())
                .getData()) {
            var wanted = endpoint.getEnabledEvents();
            if (wanted.contains("*") || wanted.contains(eventType)) {
                count++;
            }
        }
        assertThat(count).as("payment-service's webhook endpoint").isPositive();
        return count;
    }

    private static JsonNode wallet(Town town, Customer customer) {
        return town.platform.api().get("/api/v1/wallet", customer.token()).expect(200);
    }

    private static List<String> kinds(JsonNode history, String reference) {
        var kinds = new ArrayList<String>();
        for (var movement : history) {
            if (movement.get("reference").asString().equals(reference)) {
                kinds.add(movement.get("kind").asString());
            }
        }
        return kinds;
    }

    private static JsonNode promotion(Town town, String code) {
        for (int page = 0; ; page++) {
            var listed = town.platform
                    .api()
                    .get("/api/v1/admin/promotions?size=100&page=" + page, town.admin.token())
                    .expect(200);
            for (var promo : listed.get("items")) {
                if (promo.get("code").asString().equals(code)) {
                    return promo;
                }
            }
            if (page + 1 >= listed.get("totalPages").asInt()) {
                throw new AssertionError("No promo code " + code + " among the admin's");
            }
        }
    }
}
