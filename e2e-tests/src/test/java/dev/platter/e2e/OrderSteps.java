package dev.platter.e2e;

import static dev.platter.e2e.client.City.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import dev.platter.e2e.client.Api;
import dev.platter.e2e.client.City;
import dev.platter.e2e.client.City.Customer;
import dev.platter.e2e.client.City.Place;
import dev.platter.e2e.client.City.Session;
import dev.platter.platform.test.StripeSandboxAccess;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The steps of an order that several journeys take in one town, each as its party's app takes it through the
 * gateway: the customer's checkout and card, the kitchen's acceptance, the rider's offer, ride and handoff.
 */
final class OrderSteps {

    static final Duration STEP = Duration.ofSeconds(30);

    private final Town town;
    private final City city;
    private final Api api;

    OrderSteps(Town town) {
        this.town = town;
        this.city = town.city;
        this.api = town.platform.api();
    }

    /** The customer checks out their cart paying cash at the door; the order, placed at once. */
    JsonNode cashOrder(Customer customer) {
        var order = city.checkout(customer, "CASH", Map.of()).get("order");
        assertThat(order.get("paymentMethod").asString()).isEqualTo("CASH");
        return city.awaitOrder(customer, order.get("id").asString(), "PLACED", STEP);
    }

    /** The customer's app confirms the card of a checkout with a test card; the intent's status at Stripe. */
    String confirmCard(JsonNode checkout, String testCard) {
        return City.confirmCard(
                StripeSandboxAccess.apiBase(),
                town.platform.stripe.key(),
                checkout.get("payment").get("clientSecret").asString(),
                testCard);
    }

    /** The payment provider as payment-service talks to it: this run's account of the sandbox, through stripe-java. */
    StripeClient stripe() {
        return StripeClient.builder()
                .setApiKey(town.platform.stripe.key())
                .setApiBase(StripeSandboxAccess.apiBase())
                .build();
    }

    /** The PaymentIntent as the payment provider holds it. */
    PaymentIntent intent(String intentId) {
        try {
            return stripe().v1().paymentIntents().retrieve(intentId);
        } catch (StripeException e) {
            throw new IllegalStateException("The sandbox did not answer for " + intentId, e);
        }
    }

    /** The owner accepts the order's ticket; the ticket's id, once the customer sees the order accepted. */
    String accept(Customer customer, String orderId) {
        var ticketId = town.accept(orderId).get("id").asString();
        city.awaitOrder(customer, orderId, "ACCEPTED", STEP);
        return ticketId;
    }

    /** The rider takes the offer of the order's delivery; the offer (with its delivery id). */
    JsonNode takeOffer(Customer customer, String orderId, Session rider) {
        var offer = city.offer(rider, STEP);
        api.post("/api/v1/riders/me/offers/" + offer.get("offerId").asString() + "/accept", rider.token(), Map.of())
                .expect(200);
        awaitRider(customer, orderId, rider);
        return offer;
    }

    /** Waits until the customer's order names the rider delivering it; the order. */
    JsonNode awaitRider(Customer customer, String orderId, Session rider) {
        return eventually("order " + orderId + " to name rider " + rider.email(), STEP, () -> {
            var order = city.order(customer, orderId);
            return order.path("rider")
                            .path("id")
                            .asString("")
                            .equals(rider.userId().toString())
                    ? order
                    : null;
        });
    }

    /**
     * The assigned rider rides from where they are to the kitchen, the kitchen cooks and hands the food over, and the
     * rider rides to the customer and hands it over with the customer's code; the delivered order.
     */
    JsonNode deliver(Customer customer, String orderId, String ticketId, Session rider, String deliveryId, Place from) {
        var owner = town.owner.token();
        api.post("/api/v1/kitchen/tickets/" + ticketId + "/start", owner, Map.of())
                .expect(200);
        city.awaitOrder(customer, orderId, "PREPARING", STEP);
        ride(rider, from, town.kitchen);
        api.post("/api/v1/riders/me/deliveries/" + deliveryId + "/arrived", rider.token(), Map.of())
                .expect(200);
        api.post("/api/v1/kitchen/tickets/" + ticketId + "/ready", owner, Map.of())
                .expect(200);
        city.awaitOrder(customer, orderId, "READY_FOR_PICKUP", STEP);
        api.post("/api/v1/riders/me/deliveries/" + deliveryId + "/picked-up", rider.token(), Map.of())
                .expect(200);
        var pickedUp = city.awaitOrder(customer, orderId, "PICKED_UP", STEP);
        ride(rider, town.kitchen, customer.home());
        var code = pickedUp.get("handoffCode").asString();
        api.post("/api/v1/riders/me/deliveries/" + deliveryId + "/handoff", rider.token(), Map.of("code", code))
                .expect(200);
        var delivered = city.awaitOrder(customer, orderId, "DELIVERED", STEP);
        assertThat(delivered.get("timeline").findValuesAsString("status"))
                .containsSubsequence("PLACED", "ACCEPTED", "PREPARING", "READY_FOR_PICKUP", "PICKED_UP", "DELIVERED");
        return delivered;
    }

    /** The rider rides from one place to the other in four pings. */
    void ride(Session rider, Place from, Place to) {
        for (int i = 1; i <= 4; i++) {
            city.position(
                    rider,
                    new Place(
                            from.lat() + (to.lat() - from.lat()) * i / 4.0,
                            from.lon() + (to.lon() - from.lon()) * i / 4.0));
        }
    }

    /** Whether a field is null or left out. */
    static boolean absent(JsonNode field) {
        return field.isNull() || field.isMissingNode();
    }

    /** An amount of money in minor units, as the API shows it. */
    static long minor(JsonNode money) {
        return money.get("amountMinor").asLong();
    }
}
