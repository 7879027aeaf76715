package dev.platter.e2e;

import static dev.platter.e2e.client.City.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.e2e.client.City;
import dev.platter.e2e.client.City.Place;
import dev.platter.platform.test.StripeSandboxAccess;
import dev.platter.platform.test.WsClient;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A card order from the cart to the door, every party through the gateway: the customer's app watches the order on
 * the WebSocket hub while the card is authorised through stripe-java on the sandbox, the kitchen accepts and cooks, a
 * rider takes the offer, rides with live positions and ETA, and hands over with the customer's code. Every
 * notification the rules promise for it went out for real: mails in the SMTP sink, pushes at the FCM stub, texts at
 * the Twilio stub, and each row of the notification log ends SENT.
 */
class CardOrderJourneyIT {

    private static final Duration STEP = Duration.ofSeconds(30);

    @Test
    void takesACardOrderFromTheCartToTheDoorWithTheCustomerWatchingLive() {
        var town = new Town("Paradise Biryani House");
        var api = town.platform.api();
        var city = town.city;
        var asha = town.customer("Asha Rao");
        var device = "asha-phone-" + asha.session().userId();
        api.post("/api/v1/notifications/devices", asha.token(), Map.of("token", device, "platform", "ANDROID"))
                .expect(201, 200);
        var rider = town.rider("Arjun K.");

        town.fillCart(asha);
        var quote = api.post(
                        "/api/v1/cart/quote",
                        asha.token(),
                        Map.of("dropOff", asha.home().json(), "tipMinor", 3000, "paymentMethod", "CARD"))
                .expect(200);
        assertThat(quote.get("orderable").asBoolean()).as(quote.toString()).isTrue();
        var began = Instant.now();
        var checkout = city.checkout(asha, "CARD", Map.of("tipMinor", 3000));
        var order = checkout.get("order");
        var orderId = order.get("id").asString();
        assertThat(order.get("status").asString()).isEqualTo("PENDING_PAYMENT");
        assertThat(order.get("totals").get("total"))
                .isEqualTo(quote.get("totals").get("total"));

        try (var app = WsClient.connect(town.platform.hub(), asha.token())) {
            var stream = "order:" + orderId;
            eventually("the hub to know the order", STEP, () -> {
                app.subscribe(stream, began);
                return app.awaitReply(stream).equals("subscribed");
            });

            var status = City.confirmCard(
                    StripeSandboxAccess.apiBase(),
                    town.platform.stripe.key(),
                    checkout.get("payment").get("clientSecret").asString(),
                    "pm_card_visa");
            assertThat(status).isEqualTo("requires_capture");
            city.awaitOrder(asha, orderId, "PLACED", STEP);

            var ticketId = town.accept(orderId).get("id").asString();
            var accepted = city.awaitOrder(asha, orderId, "ACCEPTED", STEP);
            var code = accepted.get("handoffCode").asString();
            assertThat(code).matches("\\d{4}");
            city.awaitPayment(asha, orderId, "CAPTURED", STEP);
            api.post("/api/v1/kitchen/tickets/" + ticketId + "/start", town.owner.token(), Map.of())
                    .expect(200);
            city.awaitOrder(asha, orderId, "PREPARING", STEP);

            var offer = city.offer(rider, STEP);
            assertThat(leaves(offer)).as("the rider's offer").doesNotContain(code);
            api.post("/api/v1/riders/me/offers/" + offer.get("offerId").asString() + "/accept", rider.token(), Map.of())
                    .expect(200);
            var assigned = eventually("the order to name its rider", STEP, () -> {
                var seen = city.order(asha, orderId);
                return seen.path("rider").isObject() ? seen : null;
            });
            assertThat(assigned.get("rider").get("id").asString())
                    .isEqualTo(rider.userId().toString());

            var deliveryId = offer.get("deliveryId").asString();
            ride(town, rider, town.kitchen.offset(400, 0), town.kitchen);
            api.post("/api/v1/riders/me/deliveries/" + deliveryId + "/arrived", rider.token(), Map.of())
                    .expect(200);
            api.post("/api/v1/kitchen/tickets/" + ticketId + "/ready", town.owner.token(), Map.of())
                    .expect(200);
            city.awaitOrder(asha, orderId, "READY_FOR_PICKUP", STEP);
            api.post("/api/v1/riders/me/deliveries/" + deliveryId + "/picked-up", rider.token(), Map.of())
                    .expect(200);
            city.awaitOrder(asha, orderId, "PICKED_UP", STEP);
            ride(town, rider, town.kitchen, asha.home());
            var tracking = api.get("/api/v1/deliveries/" + orderId + "/tracking", asha.token())
                    .expect(200);
            assertThat(tracking.path("estimatedDeliveryAt").asString("")).isNotEmpty();
            api.post("/api/v1/riders/me/deliveries/" + deliveryId + "/handoff", rider.token(), Map.of("code", code))
                    .expect(200);
            var delivered = city.awaitOrder(asha, orderId, "DELIVERED", STEP);
            assertThat(delivered.get("timeline").findValuesAsString("status"))
                    .containsSubsequence(
                            "PENDING_PAYMENT",
                            "PLACED",
                            "ACCEPTED",
                            "PREPARING",
                            "READY_FOR_PICKUP",
                            "PICKED_UP",
                            "DELIVERED");

            // the customer's app saw every status change and the rider moving, live
            eventually("the app to see the whole order", STEP, () -> new HashSet<>(app.eventTypes(stream))
                    .containsAll(List.of(
                            "OrderPlaced",
                            "OrderAccepted",
                            "OrderPreparing",
                            "RiderAssigned",
                            "OrderReadyForPickup",
                            "OrderPickedUp",
                            "RiderLocationUpdated",
                            "OrderDelivered")));
            assertThat(app.events(stream).stream()
                            .filter(e -> e.get("event").asString().equals("RiderLocationUpdated"))
                            .map(e -> e.get("data"))
                            .toList())
                    .allSatisfy(position -> assertThat(leaves(position)).doesNotContain(code))
                    .anySatisfy(position -> {
                        assertThat(position.path("position").path("lat").isNumber())
                                .isTrue();
                        assertThat(position.path("estimatedArrivalAt").asString(""))
                                .isNotEmpty();
                    });
        }

        // every notification the rules promise went out for real, and the log says so
        var pushes = eventually("pushes for every status", STEP, () -> {
            var sent = town.platform.fcm.containing(device);
            return sent.size() >= 6 ? sent : null;
        });
        assertThat(pushes)
                .allSatisfy(push -> assertThat(push.header("Authorization")).isEqualTo("Bearer fcm-stub-token"));
        var phone = URLEncoder.encode(asha.phone(), StandardCharsets.UTF_8);
        var code = city.order(asha, orderId).get("handoffCode").asString();
        var texts = eventually("texts for accepted and out for delivery", STEP, () -> {
            var sent = town.platform.twilio.containing("To=" + phone);
            return sent.size() >= 2 ? sent : null;
        });
        assertThat(texts).anySatisfy(text -> assertThat(URLDecoder.decode(text.body(), StandardCharsets.UTF_8))
                .contains(code));
        var ref = "#" + orderId.substring(0, 8).toUpperCase(Locale.ROOT);
        var subjects = eventually("mails for placed, accepted and delivered", STEP, () -> {
            var inbox = MailSink.mailbox(asha.session().email()).stream()
                    .map(MailSink.Mail::subject)
                    .toList();
            return inbox.stream().filter(s -> s.contains(ref)).count() >= 3 ? inbox : null;
        });
        assertThat(subjects)
                .contains("Order " + ref + " placed with Paradise Biryani House", "Order " + ref + " delivered")
                .anyMatch(s -> s.startsWith("Welcome to Platter"));
        var log = eventually("every notification of the order to be sent", STEP, () -> {
            var rows = api.get(
                            "/api/v1/admin/notifications?recipientId="
                                    + asha.session().userId() + "&size=100",
                            town.admin.token())
                    .expect(200)
                    .get("items");
            for (var row : rows) {
                if (!row.get("status").asString().equals("SENT")) {
                    return null;
                }
            }
            return rows.size() >= 15 ? rows : null;
        });
        assertThat(log.findValuesAsString("channel")).contains("EMAIL", "PUSH", "SMS", "IN_APP");
    }

    /** Every value in a JSON document, as text: what a screen could show. */
    static List<String> leaves(JsonNode node) {
        var values = new ArrayList<String>();
        if (node.isContainer()) {
            for (var child : node) {
                values.addAll(leaves(child));
            }
        } else {
            values.add(node.asString(""));
        }
        return values;
    }

    /** The rider rides from one place to the other in four pings. */
    private static void ride(Town town, City.Session rider, Place from, Place to) {
        for (int i = 1; i <= 4; i++) {
            town.city.position(
                    rider,
                    new Place(
                            from.lat() + (to.lat() - from.lat()) * i / 4.0,
                            from.lon() + (to.lon() - from.lon()) * i / 4.0));
        }
    }
}
