package dev.platter.e2e.demo;

import dev.platter.e2e.client.Api;
import dev.platter.e2e.client.City;
import dev.platter.e2e.client.City.Customer;
import dev.platter.e2e.client.City.Place;
import dev.platter.e2e.client.City.Restaurant;
import dev.platter.e2e.client.City.Session;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * {@code ./platform demo}: seeds a small city on the platform {@code ./platform up} runs (idempotently: a second run
 * finds what the first made) and walks one card order through the gateway, printing each step as it happens.
 *
 * <p>Settings (environment): {@code PLATTER_GATEWAY_URL} (http://127.0.0.1:8080), {@code PLATTER_USER_SERVICE_URL}
 * (http://127.0.0.1:8081; seeding signs in there, past the gateway's sign-in limit per address),
 * {@code PLATTER_ADMIN_EMAIL} / {@code PLATTER_ADMIN_PASSWORD} (the local admin {@code ./platform} creates),
 * {@code STRIPE_API_BASE} and {@code STRIPE_SECRET_KEY} (the sandbox account payment-service uses).
 */
public final class Demo {

    static final Place CENTRE = new Place(12.9716, 77.5946);

    private final City city;
    private final Api gateway;
    private final String stripeApiBase;
    private final String stripeKey;
    private final String adminEmail;
    private final String adminPassword;
    private final Instant began = Instant.now();

    Demo(Map<String, String> env) {
        gateway = new Api(URI.create(env.getOrDefault("PLATTER_GATEWAY_URL", "http://127.0.0.1:8080")));
        var users = new Api(URI.create(env.getOrDefault("PLATTER_USER_SERVICE_URL", "http://127.0.0.1:8081")));
        city = new City(gateway, users);
        stripeApiBase = env.getOrDefault("STRIPE_API_BASE", "http://127.0.0.1:12111");
        stripeKey = env.getOrDefault("STRIPE_SECRET_KEY", "sk_test_platter_local");
        adminEmail = env.getOrDefault("PLATTER_ADMIN_EMAIL", "admin@platter.dev");
        adminPassword = env.getOrDefault("PLATTER_ADMIN_PASSWORD", "platter-local-admin");
    }

    public static void main(String[] args) {
        try {
            new Demo(System.getenv()).run();
        } catch (Api.UnexpectedReply
                | IllegalStateException
                | java.io.UncheckedIOException
                | org.awaitility.core.ConditionTimeoutException e) {
            System.err.println();
            System.err.println("The demo stopped: " + e.getMessage());
            System.err.println(
                    "Is the platform up? ./platform status shows what runs; ./platform logs <part> why not.");
            System.exit(1);
        }
    }

    void run() {
        heading("Seeding a small city (idempotent: a second run finds what the first made)");
        var admin = city.signIn(adminEmail, adminPassword);
        step("admin", "signed in as " + admin.email());
        var seeded = DemoCity.seed(city, admin, this::step);
        step(
                "city",
                seeded.restaurants().size() + " restaurants (" + seeded.newRestaurants() + " new), "
                        + seeded.riders().size() + " riders online, "
                        + seeded.customers().size() + " customers");

        var asha = seeded.customers().get(0);
        var deliveredBefore = overview(admin).get("orders").get("delivered").asLong();
        heading("One order, through the gateway (" + gateway.base() + ")");
        var chosen = search(asha);
        var menu = menu(chosen);
        cart(asha, chosen, menu);
        quote(asha);
        var checkout = city.checkout(asha, "CARD", Map.of("tipMinor", 3000));
        var orderId = checkout.get("order").get("id").asString();
        step(
                "checkout",
                "order " + orderId + " " + checkout.get("order").get("status").asString() + ", total "
                        + rupees(checkout.get("order").get("totals").get("total"))
                        + "; payment " + checkout.get("payment").get("status").asString()
                        + " (a PaymentIntent, authorised only: captured when the restaurant accepts)");
        var status = City.confirmCard(
                stripeApiBase,
                stripeKey,
                checkout.get("payment").get("clientSecret").asString(),
                "pm_card_visa");
        step("payment", "the app confirmed the card with Stripe (sandbox, pm_card_visa): intent " + status);
        city.awaitOrder(asha, orderId, "PLACED", Duration.ofSeconds(30));
        step("placed", "the signed webhook reached payment-service: PaymentAuthorized, the order is PLACED");

        var owner = seeded.ownerOf(chosen);
        var ticket = city.ticket(owner, chosen.id(), orderId, Duration.ofSeconds(30));
        step("kitchen", chosen.name() + " sees ticket " + ticket.get("id").asString() + " awaiting acceptance");
        gateway.post(
                        "/api/v1/kitchen/tickets/" + ticket.get("id").asString() + "/accept",
                        owner.token(),
                        Map.of("prepMinutes", 12))
                .expect(200);
        var accepted = city.awaitOrder(asha, orderId, "ACCEPTED", Duration.ofSeconds(30));
        step(
                "accepted",
                "12 minutes to prepare, ready at " + accepted.path("readyAt").asString()
                        + "; the card is captured; handoff code for the door: "
                        + accepted.get("handoffCode").asString());
        gateway.post("/api/v1/kitchen/tickets/" + ticket.get("id").asString() + "/start", owner.token(), Map.of())
                .expect(200);
        city.awaitOrder(asha, orderId, "PREPARING", Duration.ofSeconds(30));
        step("preparing", "the kitchen started cooking");

        var delivery = offered(orderId, admin);
        var rider = seeded.rider(UUID.fromString(delivery.riderId()));
        var offer = city.offer(rider.session(), Duration.ofSeconds(30));
        step(
                "offer",
                rider.session().name() + " (" + distanceMetres(rider.at(), chosen.kitchen())
                        + " m from the kitchen) is offered the delivery until "
                        + offer.path("expiresAt").asString());
        gateway.post(
                        "/api/v1/riders/me/offers/" + offer.get("offerId").asString() + "/accept",
                        rider.session().token(),
                        Map.of())
                .expect(200);
        var assigned = City.eventually("the order to name its rider", Duration.ofSeconds(30), () -> {
            var order = city.order(asha, orderId);
            return order.path("rider").isObject() ? order : null;
        });
        step(
                "assigned",
                "the rider accepted; ETA at the door "
                        + assigned.path("estimatedDeliveryAt").asString(""));

        var deliveryId = offer.get("deliveryId").asString();
        ride(rider, rider.at(), chosen.kitchen(), asha, orderId);
        gateway.post(
                        "/api/v1/riders/me/deliveries/" + deliveryId + "/arrived",
                        rider.session().token(),
                        Map.of())
                .expect(200);
        step("at the restaurant", rider.session().name() + " is waiting at " + chosen.name());
        gateway.post("/api/v1/kitchen/tickets/" + ticket.get("id").asString() + "/ready", owner.token(), Map.of())
                .expect(200);
        city.awaitOrder(asha, orderId, "READY_FOR_PICKUP", Duration.ofSeconds(30));
        step("ready", "the food is packed");
        gateway.post(
                        "/api/v1/riders/me/deliveries/" + deliveryId + "/picked-up",
                        rider.session().token(),
                        Map.of())
                .expect(200);
        city.awaitOrder(asha, orderId, "PICKED_UP", Duration.ofSeconds(30));
        step("picked up", "on the way to " + asha.session().name());
        ride(rider, chosen.kitchen(), asha.home(), asha, orderId);
        gateway.post(
                        "/api/v1/riders/me/deliveries/" + deliveryId + "/handoff",
                        rider.session().token(),
                        Map.of("code", accepted.get("handoffCode").asString()))
                .expect(200);
        var delivered = city.awaitOrder(asha, orderId, "DELIVERED", Duration.ofSeconds(30));
        step("delivered", "the rider entered the handoff code; the timeline:");
        for (var entry : delivered.get("timeline")) {
            System.out.printf(
                    "      %s  %-17s %s%n",
                    entry.path("at").asString(""),
                    entry.path("status").asString(""),
                    entry.path("event").asString("").equals(entry.path("status").asString(""))
                            ? ""
                            : entry.path("event").asString(""));
        }

        City.eventually(
                "the order can be reviewed",
                Duration.ofSeconds(30),
                () -> gateway.post(
                                        "/api/v1/reviews",
                                        asha.token(),
                                        Map.of(
                                                "orderId",
                                                orderId,
                                                "restaurantRating",
                                                5,
                                                "riderRating",
                                                5,
                                                "comment",
                                                "Hot, fast and exactly right."))
                                .status()
                        == 201);
        step(
                "review",
                "5 stars for " + chosen.name() + " and for " + rider.session().name());
        var inbox =
                gateway.get("/api/v1/notifications/unread-count", asha.token()).expect(200);
        step(
                "notifications",
                asha.session().name() + " has " + inbox.get("unread").asLong()
                        + " unread in-app notifications; the mails are at http://127.0.0.1:8025/api/user/"
                        + asha.session().email() + "/messages/");

        var overview = City.eventually("analytics to count the order", Duration.ofSeconds(60), () -> {
            var figures = overview(admin);
            return figures.get("orders").get("delivered").asLong() > deliveredBefore ? figures : null;
        });
        var sales = new ArrayList<String>();
        for (var currency : overview.get("sales")) {
            sales.add(rupees(currency.get("gmv")) + " GMV, average order " + rupees(currency.get("averageOrderValue")));
        }
        step(
                "analytics",
                "today so far (UTC): " + overview.get("orders").get("placed").asLong() + " placed, "
                        + overview.get("orders").get("delivered").asLong() + " delivered; "
                        + String.join("; ", sales) + "; average acceptance "
                        + overview.get("kitchen")
                                .get("averageAcceptanceSeconds")
                                .asDouble() + " s");
        heading("Done in " + Duration.between(began, Instant.now()).toSeconds() + " s");
    }

    private Restaurant search(Customer asha) {
        var hits = City.eventually("search to know the city", Duration.ofSeconds(60), () -> {
            var found = gateway.get(
                            "/api/v1/search/restaurants?q=biryani&lat="
                                    + asha.home().lat() + "&lon=" + asha.home().lon(),
                            null)
                    .expect(200)
                    .get("items");
            return found.isEmpty() ? null : found;
        });
        var first = hits.get(0);
        step(
                "search",
                "\"biryani\" near " + asha.session().name() + "'s home: " + hits.size() + " restaurants, first "
                        + first.path("name").asString());
        return new Restaurant(
                UUID.fromString(first.get("id").asString()),
                first.path("name").asString(),
                DemoCity.kitchenOf(first.path("name").asString()),
                false);
    }

    private JsonNode menu(Restaurant restaurant) {
        var menu = gateway.get("/api/v1/restaurants/" + restaurant.id() + "/menu", null)
                .expect(200);
        var dishes = new ArrayList<String>();
        for (var category : menu.get("categories")) {
            for (var item : category.get("items")) {
                dishes.add(item.get("name").asString() + " " + rupees(item.get("price")));
            }
        }
        step("menu", restaurant.name() + ": " + String.join(", ", dishes));
        return menu;
    }

    private void cart(Customer asha, Restaurant restaurant, JsonNode menu) {
        gateway.delete("/api/v1/cart", asha.token()).expect(200, 204);
        var lines = 0;
        for (var category : menu.get("categories")) {
            for (var item : category.get("items")) {
                if (lines == 2) {
                    break;
                }
                var options = new ArrayList<String>();
                for (var group : item.get("optionGroups")) {
                    for (int i = 0; i < group.get("minSelections").asInt(); i++) {
                        options.add(group.get("options").get(i).get("id").asString());
                    }
                }
                var line = new HashMap<String, Object>();
                line.put("restaurantId", restaurant.id());
                line.put("menuItemId", item.get("id").asString());
                line.put("quantity", lines + 1);
                line.put("optionIds", options);
                line.put("replaceCart", lines == 0);
                gateway.post("/api/v1/cart/lines", asha.token(), line).expect(201);
                step(
                        "cart",
                        (lines + 1) + " × " + item.get("name").asString()
                                + (options.isEmpty() ? "" : " (with the required options)"));
                lines++;
            }
        }
    }

    private void quote(Customer asha) {
        var quote = gateway.post(
                        "/api/v1/cart/quote",
                        asha.token(),
                        Map.of("dropOff", asha.home().json(), "tipMinor", 3000, "paymentMethod", "CARD"))
                .expect(200);
        var totals = quote.get("totals");
        var parts = new LinkedHashMap<String, String>();
        totals.properties().forEach(field -> {
            if (field.getValue().has("amountMinor")) {
                parts.put(field.getKey(), rupees(field.getValue()));
            }
        });
        step("quote", parts + (quote.path("orderable").asBoolean() ? ", orderable" : ", blocked"));
    }

    private record Offered(String deliveryId, String riderId) {}

    private Offered offered(String orderId, Session admin) {
        return City.eventually("dispatch to offer the delivery", Duration.ofSeconds(60), () -> {
            for (var delivery : gateway.get("/api/v1/admin/deliveries?status=OFFERED&size=100", admin.token())
                    .expect(200)
                    .get("items")) {
                if (delivery.get("orderId").asString().equals(orderId)) {
                    for (var offer : delivery.path("offers")) {
                        if (offer.get("status").asString().equals("PENDING")) {
                            return new Offered(
                                    delivery.get("id").asString(),
                                    offer.get("riderId").asString());
                        }
                    }
                    var detail = gateway.get(
                                    "/api/v1/admin/deliveries/"
                                            + delivery.get("id").asString(),
                                    admin.token())
                            .expect(200);
                    for (var offer : detail.path("offers")) {
                        if (offer.get("status").asString().equals("PENDING")) {
                            return new Offered(
                                    detail.get("id").asString(),
                                    offer.get("riderId").asString());
                        }
                    }
                }
            }
            return null;
        });
    }

    /** The rider moves from one place to another in five position pings; the customer's tracking follows. */
    private void ride(DemoCity.Rider rider, Place from, Place to, Customer asha, String orderId) {
        for (int i = 1; i <= 5; i++) {
            var at = new Place(
                    from.lat() + (to.lat() - from.lat()) * i / 5.0, from.lon() + (to.lon() - from.lon()) * i / 5.0);
            city.position(rider.session(), at);
            var tracking = gateway.get("/api/v1/deliveries/" + orderId + "/tracking", asha.token())
                    .expect(200);
            step(
                    "tracking",
                    String.format(
                            "rider at %.5f, %.5f (%d m to go); %s; ETA %s",
                            at.lat(),
                            at.lon(),
                            distanceMetres(at, to),
                            tracking.path("status").asString(),
                            tracking.path("estimatedDeliveryAt").asString("-")));
        }
    }

    /** The platform's figures for today (UTC) so far, as ops see them. */
    private JsonNode overview(Session admin) {
        var today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        return gateway.get("/api/v1/admin/analytics/overview?from=" + today + "&to=" + Instant.now(), admin.token())
                .expect(200);
    }

    static long distanceMetres(Place a, Place b) {
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a.lat()))
                        * Math.cos(Math.toRadians(b.lat()))
                        * Math.pow(Math.sin(dLon / 2), 2);
        return Math.round(2 * 6_371_000 * Math.asin(Math.sqrt(h)));
    }

    static String rupees(JsonNode money) {
        return String.format("₹%.2f", money.get("amountMinor").asLong() / 100.0);
    }

    private void heading(String text) {
        System.out.println();
        System.out.println("== " + text);
    }

    private void step(String what, String detail) {
        System.out.printf(
                "%6.1fs  %-18s %s%n", Duration.between(began, Instant.now()).toMillis() / 1000.0, what, detail);
    }
}
