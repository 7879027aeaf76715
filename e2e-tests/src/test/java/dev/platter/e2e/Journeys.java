package dev.platter.e2e;

import static dev.platter.e2e.client.City.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.e2e.client.City;
import dev.platter.e2e.client.City.Customer;
import dev.platter.e2e.client.City.Session;
import dev.platter.platform.test.StripeSandboxAccess;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/**
 * The steps and the looks around that several journeys share: a card order paid and placed, an order taken to the
 * door, and what the customer was told (their inbox, their mailbox, the admin's notification log) and what the card
 * provider was asked.
 */
final class Journeys {

    /** How long one asynchronous step of an order may take on a busy machine. */
    static final Duration STEP = Duration.ofSeconds(30);

    private Journeys() {}

    /**
     * A card order the customer has checked out and whose card the sandbox authorised.
     *
     * @param id the order id
     * @param ref the order's reference in notifications ({@code #1A2B3C4D})
     * @param placed the order as the customer saw it once PLACED
     * @param paymentId payment-service's payment of the order
     * @param intentId the card's PaymentIntent at the provider
     */
    record CardOrder(String id, String ref, JsonNode placed, String paymentId, String intentId) {

        long total() {
            return placed.get("totals").get("total").get("amountMinor").asLong();
        }
    }

    /** The customer fills the cart, checks out by card and confirms it with the provider; the order is PLACED. */
    static CardOrder placedCardOrder(Town town, Customer customer) {
        town.fillCart(customer);
        var checkout = town.city.checkout(customer, "CARD", Map.of());
        var orderId = checkout.get("order").get("id").asString();
        assertThat(checkout.get("order").get("status").asString()).isEqualTo("PENDING_PAYMENT");
        var clientSecret = checkout.get("payment").get("clientSecret").asString();
        var status = City.confirmCard(
                StripeSandboxAccess.apiBase(), town.platform.stripe.key(), clientSecret, "pm_card_visa");
        assertThat(status).isEqualTo("requires_capture");
        var placed = town.city.awaitOrder(customer, orderId, "PLACED", STEP);
        var payment = town.city.awaitPayment(customer, orderId, "AUTHORIZED", STEP);
        assertThat(payment.get("amount")).isEqualTo(placed.get("totals").get("total"));
        return new CardOrder(
                orderId,
                ref(orderId),
                placed,
                checkout.get("payment").get("paymentId").asString(),
                clientSecret.substring(0, clientSecret.indexOf("_secret_")));
    }

    /**
     * The kitchen accepts and cooks, the rider (online near the kitchen) takes the offer, picks the food up and hands
     * it over with the customer's code; answers the DELIVERED order.
     */
    static JsonNode deliver(Town town, Customer customer, String orderId, Session rider) {
        var api = town.platform.api();
        var city = town.city;
        var ticketId = town.accept(orderId).get("id").asString();
        var code = city.awaitOrder(customer, orderId, "ACCEPTED", STEP)
                .get("handoffCode")
                .asString();
        city.awaitPayment(customer, orderId, "CAPTURED", STEP);
        api.post("/api/v1/kitchen/tickets/" + ticketId + "/start", town.owner.token(), Map.of())
                .expect(200);
        city.awaitOrder(customer, orderId, "PREPARING", STEP);

        var offer = city.offer(rider, STEP);
        assertThat(offer.get("restaurantName").asString()).isEqualTo(town.restaurant.name());
        var deliveryId = offer.get("deliveryId").asString();
        api.post("/api/v1/riders/me/offers/" + offer.get("offerId").asString() + "/accept", rider.token(), Map.of())
                .expect(200);
        city.position(rider, town.kitchen);
        api.post("/api/v1/riders/me/deliveries/" + deliveryId + "/arrived", rider.token(), Map.of())
                .expect(200);
        api.post("/api/v1/kitchen/tickets/" + ticketId + "/ready", town.owner.token(), Map.of())
                .expect(200);
        city.awaitOrder(customer, orderId, "READY_FOR_PICKUP", STEP);
        api.post("/api/v1/riders/me/deliveries/" + deliveryId + "/picked-up", rider.token(), Map.of())
                .expect(200);
        city.awaitOrder(customer, orderId, "PICKED_UP", STEP);
        city.position(rider, customer.home());
        api.post("/api/v1/riders/me/deliveries/" + deliveryId + "/handoff", rider.token(), Map.of("code", code))
                .expect(200);
        return city.awaitOrder(customer, orderId, "DELIVERED", STEP);
    }

    /** The kitchen ticket of an order as its owner reads it now. */
    static JsonNode ticket(Town town, String ticketId) {
        return town.platform
                .api()
                .get("/api/v1/kitchen/tickets/" + ticketId, town.owner.token())
                .expect(200);
    }

    // ----------------------------------------------------------------------------------------------------------
    // What the customer was told
    // ----------------------------------------------------------------------------------------------------------

    /** The message of {@code eventType} about the order in the customer's in-app inbox, once it is there. */
    static JsonNode inboxMessage(Town town, Customer customer, String orderId, String eventType) {
        return eventually(eventType + " in the inbox of " + customer.session().email(), STEP, () -> {
            var inbox = town.platform
                    .api()
                    .get("/api/v1/notifications?size=100", customer.token())
                    .expect(200)
                    .get("items");
            for (var message : inbox) {
                if (message.get("eventType").asString().equals(eventType)
                        && message.path("orderId").asString("").equals(orderId)) {
                    return message;
                }
            }
            return null;
        });
    }

    /** The subjects of the mails the customer received, once one with {@code subject} is among them. */
    static List<String> mailed(Customer customer, String subject) {
        return eventually("a mail \"" + subject + "\" to " + customer.session().email(), STEP, () -> {
            var subjects = MailSink.mailbox(customer.session().email()).stream()
                    .map(MailSink.Mail::subject)
                    .toList();
            return subjects.contains(subject) ? subjects : null;
        });
    }

    /**
     * The admin's notification log rows of the customer for {@code eventType}, once there is one for each of
     * {@code channels} and none of them waits any more.
     */
    static List<JsonNode> logged(Town town, Customer customer, String eventType, String... channels) {
        return eventually(
                "the notification log of " + eventType + " for "
                        + customer.session().email(),
                STEP,
                () -> {
                    var rows = new ArrayList<JsonNode>();
                    for (var row : town.platform
                            .api()
                            .get(
                                    "/api/v1/admin/notifications?recipientId="
                                            + customer.session().userId() + "&size=100",
                                    town.admin.token())
                            .expect(200)
                            .get("items")) {
                        if (row.get("eventType").asString().equals(eventType)) {
                            if (row.get("status").asString().equals("PENDING")) {
                                return null;
                            }
                            rows.add(row);
                        }
                    }
                    var logged = rows.stream()
                            .map(row -> row.get("channel").asString())
                            .toList();
                    return logged.containsAll(List.of(channels)) ? rows : null;
                });
    }

    /** The row of one channel among notification log rows. */
    static JsonNode channel(List<JsonNode> rows, String channel) {
        return rows.stream()
                .filter(row -> row.get("channel").asString().equals(channel))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + channel + " row in " + rows));
    }

    // ----------------------------------------------------------------------------------------------------------
    // What the card provider was asked
    // ----------------------------------------------------------------------------------------------------------

    /** The API requests the provider answered for {@code method path}, oldest first. */
    static List<JsonNode> providerCalls(Town town, String method, String path) {
        return town.platform.stripe.requests(method, path).stream()
                .filter(call -> call.get("status").asInt() == 200)
                .toList();
    }

    /**
     * The refunds the provider made of one PaymentIntent, oldest first: the requests it executed, not the repeats of
     * an idempotency key that it only answered again.
     */
    static List<JsonNode> providerRefunds(Town town, String intentId) {
        return providerCalls(town, "POST", "/v1/refunds").stream()
                .filter(call ->
                        call.get("params").path("payment_intent").asString("").equals(intentId))
                .filter(call -> !call.get("replayed").asBoolean())
                .toList();
    }

    // ----------------------------------------------------------------------------------------------------------

    /** An order's reference as notifications show it. */
    static String ref(String orderId) {
        return "#" + orderId.substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** Rupees as notifications show them: {@code INR 99.00}. */
    static String inr(long paise) {
        return "INR " + BigDecimal.valueOf(paise, 2).toPlainString();
    }

    static long minor(JsonNode money) {
        assertThat(money.get("currency").asString()).isEqualTo("INR");
        return money.get("amountMinor").asLong();
    }

    /** When the order's timeline first reached {@code status}. */
    static Instant reachedAt(JsonNode order, String status) {
        for (var entry : order.get("timeline")) {
            if (entry.get("status").asString().equals(status)) {
                return Instant.parse(entry.get("at").asString());
            }
        }
        throw new AssertionError("The order never reached " + status + ": " + order);
    }

    static List<String> statuses(JsonNode order) {
        return StreamSupport.stream(order.get("timeline").spliterator(), false)
                .map(entry -> entry.get("status").asString())
                .toList();
    }
}
