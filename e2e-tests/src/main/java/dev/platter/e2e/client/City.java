package dev.platter.e2e.client;

import static org.awaitility.Awaitility.await;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.param.PaymentIntentConfirmParams;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The people and places of a city, made through Platter's public API: customers with addresses, owners and riders
 * whose applications an admin approved, published restaurants with menus, and the steps of an order as each party's
 * app takes them. Every maker is idempotent (an existing account is signed in, an existing restaurant is found by
 * name), so the demo can seed the same city again.
 *
 * <p>Sign-ins go to {@code auth} (user-service directly when seeding many accounts, since the gateway allows a
 * handful of sign-ins per minute from one address); everything else goes to {@code api}.
 */
public final class City {

    public static final String PASSWORD = "paneer-tikka-2026";

    private final Api api;
    private final Api auth;

    public City(Api api, Api auth) {
        this.api = api;
        this.auth = auth;
    }

    public Api api() {
        return api;
    }

    /** A signed-in user. */
    public record Session(UUID userId, String email, String name, String phone, String token) {}

    /** A point of the map. */
    public record Place(double lat, double lon) {
        public Place offset(double northMetres, double eastMetres) {
            return new Place(
                    lat + northMetres / 111_320.0, lon + eastMetres / (111_320.0 * Math.cos(Math.toRadians(lat))));
        }

        public Map<String, Object> json() {
            return Map.of("lat", lat, "lon", lon);
        }
    }

    /** A customer and their saved home address. */
    public record Customer(Session session, UUID addressId, Place home) {
        public String token() {
            return session.token();
        }

        public String phone() {
            return session.phone();
        }
    }

    // ----------------------------------------------------------------------------------------------------------
    // People
    // ----------------------------------------------------------------------------------------------------------

    public Session signIn(String email, String password) {
        var token = auth.post("/api/v1/auth/login", null, Map.of("email", email, "password", password))
                .expect(200)
                .get("accessToken")
                .asString();
        var me = api.get("/api/v1/users/me", token).expect(200);
        return new Session(
                UUID.fromString(me.get("id").asString()),
                email,
                me.get("name").asString(),
                me.path("phone").asString(""),
                token);
    }

    /** Signs up (or, when the email is taken, signs in) a person. */
    public Session person(String email, String name, String phone) {
        var registered = auth.post(
                "/api/v1/auth/register",
                null,
                Map.of("email", email, "password", PASSWORD, "name", name, "phone", phone));
        registered.expect(201, 409);
        return signIn(email, PASSWORD);
    }

    /** A customer with a saved home address (the first one they saved, when they already have one). */
    public Customer customer(String email, String name, String phone, Place home, String street) {
        var session = person(email, name, phone);
        var saved = api.get("/api/v1/users/me/addresses", session.token())
                .expect(200)
                .get("items");
        if (!saved.isEmpty()) {
            var first = saved.get(0);
            return new Customer(
                    session,
                    UUID.fromString(first.get("id").asString()),
                    new Place(first.get("lat").asDouble(), first.get("lon").asDouble()));
        }
        var address = api.post(
                        "/api/v1/users/me/addresses",
                        session.token(),
                        Map.of(
                                "label",
                                "Home",
                                "line1",
                                street,
                                "city",
                                "Bengaluru",
                                "postcode",
                                "560001",
                                "lat",
                                home.lat(),
                                "lon",
                                home.lon(),
                                "instructions",
                                "Ring twice"))
                .expect(201);
        return new Customer(session, UUID.fromString(address.get("id").asString()), home);
    }

    /** A restaurant owner: signed up, applied, approved by the admin, signed in again with the role. */
    public Session owner(String email, String name, String phone, String adminToken) {
        var person = person(email, name, phone);
        approved(
                person,
                "RESTAURANT_OWNER",
                Map.of(
                        "type",
                        "RESTAURANT_OWNER",
                        "owner",
                        Map.of(
                                "businessName",
                                name + " Foods",
                                "registrationNumber",
                                "GST-29-" + person.userId().toString().substring(0, 8),
                                "contactName",
                                name,
                                "contactPhone",
                                phone)),
                adminToken);
        return signIn(email, PASSWORD);
    }

    /** A rider on a scooter: signed up, applied, approved, known to delivery-service. */
    public Session rider(String email, String name, String phone, String adminToken) {
        var person = person(email, name, phone);
        approved(
                person,
                "RIDER",
                Map.of(
                        "type",
                        "RIDER",
                        "rider",
                        Map.of(
                                "vehicleType",
                                "SCOOTER",
                                "licenceNumber",
                                "KA01-" + person.userId().toString().substring(0, 8),
                                "city",
                                "Bengaluru")),
                adminToken);
        var rider = signIn(email, PASSWORD);
        // delivery-service learns of the rider from RiderApproved
        eventually(
                "delivery-service knows rider " + email,
                Duration.ofSeconds(60),
                () -> api.get("/api/v1/riders/me", rider.token()).status() == 200);
        return rider;
    }

    private void approved(Session person, String type, Map<String, Object> application, String adminToken) {
        for (var existing :
                api.get("/api/v1/applications", person.token()).expect(200).path("items")) {
            if (existing.get("type").asString().equals(type)) {
                switch (existing.get("status").asString()) {
                    case "APPROVED" -> {
                        return;
                    }
                    case "PENDING" -> {
                        approve(existing.get("id").asString(), adminToken);
                        return;
                    }
                    default -> {}
                }
            }
        }
        var applied =
                api.post("/api/v1/applications", person.token(), application).expect(201);
        approve(applied.get("id").asString(), adminToken);
    }

    private void approve(String applicationId, String adminToken) {
        api.post("/api/v1/admin/applications/" + applicationId + "/approve", adminToken, Map.of())
                .expect(200);
    }

    // ----------------------------------------------------------------------------------------------------------
    // Restaurants
    // ----------------------------------------------------------------------------------------------------------

    /** A restaurant's public facts. */
    public record RestaurantPlan(
            String name, String description, List<String> cuisines, Place kitchen, String street, int prepMinutes) {}

    /** A published restaurant: its id, and whether it was made now (false: found by name among the owner's). */
    public record Restaurant(UUID id, String name, Place kitchen, boolean madeNow) {}

    /** The owner's restaurant of that name, or a new one approved by the admin; open around the clock. */
    public Restaurant restaurant(Session owner, RestaurantPlan plan, String adminToken) {
        for (var mine :
                api.get("/api/v1/restaurants/mine", owner.token()).expect(200).path("items")) {
            if (mine.get("name").asString().equals(plan.name())) {
                var id = mine.get("id").asString();
                if (!mine.path("status").asString("").equals("PUBLISHED")) {
                    api.post("/api/v1/admin/restaurants/" + id + "/approve", adminToken, Map.of())
                            .expect(200, 409);
                }
                return new Restaurant(UUID.fromString(id), plan.name(), plan.kitchen(), false);
            }
        }
        var id = api.post("/api/v1/restaurants", owner.token(), restaurantDetails(plan))
                .expect(201)
                .get("id")
                .asString();
        api.post("/api/v1/admin/restaurants/" + id + "/approve", adminToken, Map.of())
                .expect(200);
        return new Restaurant(UUID.fromString(id), plan.name(), plan.kitchen(), true);
    }

    public static Map<String, Object> restaurantDetails(RestaurantPlan plan) {
        var periods = new ArrayList<Map<String, Object>>();
        for (var day : DayOfWeek.values()) {
            periods.add(Map.of("day", day.name(), "opens", "00:00", "closes", "00:00"));
        }
        var details = new HashMap<String, Object>();
        details.put("name", plan.name());
        details.put("description", plan.description());
        details.put("cuisines", plan.cuisines());
        details.put(
                "address",
                Map.of(
                        "line1",
                        plan.street(),
                        "city",
                        "Bengaluru",
                        "postalCode",
                        "560001",
                        "countryCode",
                        "IN",
                        "lat",
                        plan.kitchen().lat(),
                        "lon",
                        plan.kitchen().lon()));
        details.put("phone", "+91 80 4000 1234");
        details.put("currency", "INR");
        details.put("zoneId", "Asia/Kolkata");
        details.put("deliveryRadiusMetres", 8000);
        details.put("minimumOrder", money(9900));
        details.put("packagingCharge", money(2000));
        details.put("averagePrepMinutes", plan.prepMinutes());
        details.put("imageUrls", List.of("https://images.platter.dev/" + UUID.randomUUID() + ".jpg"));
        details.put("openingHours", periods);
        details.put("holidays", List.of());
        return details;
    }

    public UUID category(Session owner, UUID restaurantId, String name) {
        return UUID.fromString(api.post(
                        "/api/v1/restaurants/" + restaurantId + "/menu/categories", owner.token(), Map.of("name", name))
                .expect(201)
                .get("id")
                .asString());
    }

    /** Adds a dish; the dish as restaurant-service answered it (with its option ids). */
    public JsonNode dish(Session owner, UUID restaurantId, UUID categoryId, Map<String, Object> dish) {
        return api.post(
                        "/api/v1/restaurants/" + restaurantId + "/menu/categories/" + categoryId + "/items",
                        owner.token(),
                        dish)
                .expect(201);
    }

    /** A dish: name, description, price in paise, VEG or NON_VEG, and option groups made with {@link #group}. */
    public static Map<String, Object> dishPlan(
            String name, String description, long priceMinor, String diet, List<Map<String, Object>> groups) {
        var dish = new HashMap<String, Object>();
        dish.put("name", name);
        dish.put("description", description);
        dish.put("price", money(priceMinor));
        dish.put("diet", diet);
        dish.put("allergens", List.of());
        dish.put("optionGroups", groups);
        return dish;
    }

    /** An option group: at least {@code min}, at most {@code max} of the options (name → extra paise). */
    public static Map<String, Object> group(String name, int min, int max, Map<String, Long> options) {
        var list = new ArrayList<Map<String, Object>>();
        options.forEach((option, delta) -> list.add(Map.of("name", option, "priceDelta", money(delta))));
        return Map.of("name", name, "minSelections", min, "maxSelections", max, "options", list);
    }

    /** The id of option {@code option} of group {@code group} of a dish as restaurant-service returned it. */
    public static String optionId(JsonNode dish, String group, String option) {
        for (var g : dish.get("optionGroups")) {
            if (g.get("name").asString().equals(group)) {
                for (var o : g.get("options")) {
                    if (o.get("name").asString().equals(option)) {
                        return o.get("id").asString();
                    }
                }
            }
        }
        throw new IllegalArgumentException("No option " + group + "/" + option + " in " + dish);
    }

    public static Map<String, Object> money(long amountMinor) {
        return Map.of("amountMinor", amountMinor, "currency", "INR");
    }

    // ----------------------------------------------------------------------------------------------------------
    // An order's steps
    // ----------------------------------------------------------------------------------------------------------

    /** Puts a dish in the customer's cart (replacing a cart of another restaurant). */
    public JsonNode addToCart(Customer customer, UUID restaurantId, String itemId, int quantity, List<String> options) {
        var line = new HashMap<String, Object>();
        line.put("restaurantId", restaurantId);
        line.put("menuItemId", itemId);
        line.put("quantity", quantity);
        line.put("optionIds", options);
        line.put("replaceCart", true);
        return api.post("/api/v1/cart/lines", customer.token(), line).expect(201);
    }

    /**
     * Checks the cart out to the saved home address: the answer ({@code order}, {@code payment}). As an app does, it
     * sends the same request with the same {@code Idempotency-Key} again while the platform answers that a service
     * it needs is unavailable (the retry completes the order the first try made, never a second one).
     */
    public JsonNode checkout(Customer customer, String paymentMethod, Map<String, Object> extra) {
        var key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        var body = checkoutBody(customer, paymentMethod, extra);
        return eventually("checkout for " + customer.session().email(), Duration.ofSeconds(60), () -> {
            var reply = api.send("POST", "/api/v1/orders", customer.token(), body, key);
            if (reply.status() == 503) {
                return null;
            }
            if (reply.status() != 201) {
                throw new IllegalStateException("Checkout answered " + reply.status() + ": " + reply.body());
            }
            return reply.json();
        });
    }

    public static Map<String, Object> checkoutBody(Customer customer, String paymentMethod, Map<String, Object> extra) {
        var body = new HashMap<String, Object>();
        body.put("recipient", Map.of("name", customer.session().name(), "phone", "+919812345678"));
        body.put("addressId", customer.addressId());
        body.put("paymentMethod", paymentMethod);
        body.put("deliveryInstructions", "Ring twice");
        body.putAll(extra);
        return body;
    }

    /**
     * The customer's app confirms the card with Stripe, as Stripe.js does with the client secret: here through
     * stripe-java with the account's key against the sandbox. Answers the intent's status ({@code requires_capture}
     * once authorised); a declined card answers the status Stripe left it in.
     */
    public static String confirmCard(String apiBase, String secretKey, String clientSecret, String paymentMethod) {
        var intentId = clientSecret.substring(0, clientSecret.indexOf("_secret_"));
        var stripe =
                StripeClient.builder().setApiKey(secretKey).setApiBase(apiBase).build();
        try {
            return stripe.v1()
                    .paymentIntents()
                    .confirm(
                            intentId,
                            PaymentIntentConfirmParams.builder()
                                    .setPaymentMethod(paymentMethod)
                                    .build())
                    .getStatus();
        } catch (StripeException declined) {
            try {
                return stripe.v1().paymentIntents().retrieve(intentId).getStatus();
            } catch (StripeException e) {
                throw new IllegalStateException("The sandbox did not answer for " + intentId, e);
            }
        }
    }

    public JsonNode order(Customer customer, String orderId) {
        return api.get("/api/v1/orders/" + orderId, customer.token()).expect(200);
    }

    /** The customer's payment of an order, as payment-service shows it to them; null before there is one. */
    public @Nullable JsonNode payment(Customer customer, String orderId) {
        for (var payment : api.get("/api/v1/payments?size=100", customer.token())
                .expect(200)
                .path("items")) {
            if (payment.get("orderId").asString().equals(orderId)) {
                return payment;
            }
        }
        return null;
    }

    /** Waits until the payment of the customer's order is in {@code status}; the payment. */
    public JsonNode awaitPayment(Customer customer, String orderId, String status, Duration within) {
        return eventually("the payment of order " + orderId + " " + status, within, () -> {
            var payment = payment(customer, orderId);
            return payment != null && payment.get("status").asString().equals(status) ? payment : null;
        });
    }

    /** Waits until the customer's order is in {@code status}; the order. */
    public JsonNode awaitOrder(Customer customer, String orderId, String status, Duration within) {
        return eventually("order " + orderId + " " + status, within, () -> {
            var order = order(customer, orderId);
            return order.get("status").asString().equals(status) ? order : null;
        });
    }

    /** The kitchen ticket of an order, once the restaurant has it. */
    public JsonNode ticket(Session owner, UUID restaurantId, String orderId, Duration within) {
        return eventually("the ticket of order " + orderId, within, () -> {
            for (var ticket : api.get(
                            "/api/v1/kitchen/tickets?restaurantId=" + restaurantId + "&status=AWAITING_ACCEPTANCE",
                            owner.token())
                    .expect(200)
                    .path("items")) {
                if (ticket.get("orderId").asString().equals(orderId)) {
                    return ticket;
                }
            }
            return null;
        });
    }

    /** Takes a rider online (or keeps them online) at a place, sending a fresh position. */
    public void online(Session rider, Place at) {
        var online = api.post("/api/v1/riders/me/online", rider.token(), Map.of("position", at.json()));
        if (online.status() != 200 && !online.problem().equals("illegal-transition")) {
            online.expect(200);
        }
        position(rider, at);
    }

    public JsonNode position(Session rider, Place at) {
        return api.post(
                        "/api/v1/riders/me/positions",
                        rider.token(),
                        Map.of(
                                "points",
                                List.of(Map.of(
                                        "lat",
                                        at.lat(),
                                        "lon",
                                        at.lon(),
                                        "recordedAt",
                                        Instant.now().toString(),
                                        "accuracyMetres",
                                        8,
                                        "speedMetresPerSecond",
                                        6))))
                .expect(200);
    }

    /** The rider's pending offer, once one comes. */
    public JsonNode offer(Session rider, Duration within) {
        return eventually("an offer for " + rider.email(), within, () -> {
            var offer = api.get("/api/v1/riders/me/offer", rider.token());
            return offer.status() == 200 ? offer.json() : null;
        });
    }

    // ----------------------------------------------------------------------------------------------------------

    /** Polls {@code check} until it answers something (non-null, or true); fails after {@code within}. */
    public static <T> T eventually(String what, Duration within, Supplier<@Nullable T> check) {
        return await(what)
                .atMost(within)
                .pollInterval(Duration.ofMillis(200))
                .ignoreException(Api.UnexpectedReply.class)
                .until(check::get, value -> value != null && !Boolean.FALSE.equals(value));
    }
}
