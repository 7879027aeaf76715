package dev.platter.order.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.platform.test.ServiceProcess;
import dev.platter.platform.test.TestRun;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real user-service and restaurant-service of this run, started from their jars: restaurant-service trusts
 * user-service's keys (so order-service's service tokens pass), and restaurants are set up through their real APIs by
 * an owner and an admin who signed in at user-service.
 */
public final class Neighbours implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN_EMAIL = "ops@platter.test";
    private static final String ADMIN_PASSWORD = "correct-horse-battery-staple";
    private static final String PASSWORD = "paneer-tikka-2026";

    /** Spice Garden's kitchen sits in Bengaluru. */
    public static final double BENGALURU_LAT = 12.9716;

    public static final double BENGALURU_LON = 77.5946;

    public final ServiceProcess users;
    public final ServiceProcess restaurants;
    public final @Nullable ServiceProcess payments;

    private Neighbours(ServiceProcess users, ServiceProcess restaurants, @Nullable ServiceProcess payments) {
        this.users = users;
        this.restaurants = restaurants;
        this.payments = payments;
    }

    /** user-service, restaurant-service and payment-service (on this run's own stripe-sandbox account). */
    public static Neighbours startWithPayments() {
        var started = start();
        var payments = ServiceProcess.jar("payment-service", "platter_payment")
                .property(
                        "platter.security.jwks-uri",
                        started.users.uri("/.well-known/jwks.json").toString())
                .property("platter.payment.stripe.secret-key", "sk_test_" + TestRun.id() + "_orders")
                .start();
        return new Neighbours(started.users, started.restaurants, payments);
    }

    public static Neighbours start() {
        var users = ServiceProcess.jar("user-service", "platter_user")
                .property("platter.users.bootstrap-admin.email", ADMIN_EMAIL)
                .property("platter.users.bootstrap-admin.password", ADMIN_PASSWORD)
                .property("platter.users.signing-keys.publish-ahead", "0s")
                .start();
        var restaurants = ServiceProcess.jar("restaurant-service", "platter_restaurant")
                .property(
                        "platter.security.jwks-uri",
                        users.uri("/.well-known/jwks.json").toString())
                .start();
        return new Neighbours(users, restaurants, null);
    }

    @Override
    public void close() {
        if (payments != null) {
            payments.close();
        }
        restaurants.close();
        users.close();
    }

    /** An owner's access token, issued by user-service after an admin approved their application. */
    public String ownerToken() {
        var email = "owner." + UUID.randomUUID() + "@platter.test";
        ok(
                call(
                        users,
                        "POST",
                        "/api/v1/auth/register",
                        null,
                        Map.of("email", email, "password", PASSWORD, "name", "Meera Iyer", "phone", "+919800000001")),
                201);
        var customerToken = login(email, PASSWORD);
        var application = ok(
                call(
                        users,
                        "POST",
                        "/api/v1/applications",
                        customerToken,
                        Map.of(
                                "type",
                                "RESTAURANT_OWNER",
                                "owner",
                                Map.of(
                                        "businessName", "Spice Garden Foods",
                                        "registrationNumber",
                                                "GST-29-"
                                                        + UUID.randomUUID()
                                                                .toString()
                                                                .substring(0, 8),
                                        "contactName", "Meera Iyer",
                                        "contactPhone", "+919800000001"))),
                201);
        ok(
                call(
                        users,
                        "POST",
                        "/api/v1/admin/applications/" + application.get("id").asString() + "/approve",
                        adminToken(),
                        Map.of()),
                200);
        return login(email, PASSWORD);
    }

    /** A customer registered at user-service with one saved address (Residency Road): their id and the address id. */
    public record CustomerWithAddress(UUID customerId, UUID addressId) {}

    public CustomerWithAddress customerWithAddress() {
        var email = "asha." + UUID.randomUUID() + "@platter.test";
        ok(
                call(
                        users,
                        "POST",
                        "/api/v1/auth/register",
                        null,
                        Map.of("email", email, "password", PASSWORD, "name", "Asha Rao", "phone", "+919812345678")),
                201);
        var token = login(email, PASSWORD);
        var me = ok(call(users, "GET", "/api/v1/users/me", token, null), 200);
        var address = ok(
                call(
                        users,
                        "POST",
                        "/api/v1/users/me/addresses",
                        token,
                        Map.of(
                                "label", "Home",
                                "line1", "4 Residency Road",
                                "city", "Bengaluru",
                                "postcode", "560025",
                                "lat", 12.9667,
                                "lon", 77.6050,
                                "instructions", "Blue gate, second floor")),
                201);
        return new CustomerWithAddress(
                UUID.fromString(me.get("id").asString()),
                UUID.fromString(address.get("id").asString()));
    }

    public String adminToken() {
        return login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    private String login(String email, String password) {
        return ok(call(users, "POST", "/api/v1/auth/login", null, Map.of("email", email, "password", password)), 200)
                .get("accessToken")
                .asString();
    }

    /** A published restaurant with one category; its id. */
    public UUID publishedRestaurant(String ownerToken, Map<String, Object> details) {
        var id = ok(call(restaurants, "POST", "/api/v1/restaurants", ownerToken, details), 201)
                .get("id")
                .asString();
        ok(call(restaurants, "POST", "/api/v1/admin/restaurants/" + id + "/approve", adminToken(), Map.of()), 200);
        return UUID.fromString(id);
    }

    public UUID addCategory(String ownerToken, UUID restaurantId, String name) {
        return UUID.fromString(ok(
                        call(
                                restaurants,
                                "POST",
                                "/api/v1/restaurants/" + restaurantId + "/menu/categories",
                                ownerToken,
                                Map.of("name", name)),
                        201)
                .get("id")
                .asString());
    }

    /** Adds an item; the item as restaurant-service returned it (with its option ids). */
    public JsonNode addItem(String ownerToken, UUID restaurantId, UUID categoryId, Map<String, Object> item) {
        return ok(
                call(
                        restaurants,
                        "POST",
                        "/api/v1/restaurants/" + restaurantId + "/menu/categories/" + categoryId + "/items",
                        ownerToken,
                        item),
                201);
    }

    public void setAvailability(String ownerToken, UUID restaurantId, UUID itemId, String availability) {
        ok(
                call(
                        restaurants,
                        "PUT",
                        "/api/v1/restaurants/" + restaurantId + "/menu/items/" + itemId + "/availability",
                        ownerToken,
                        Map.of("availability", availability)),
                200);
    }

    /** An admin grants the customer wallet credit at payment-service. */
    public void creditWallet(UUID customerId, long amountMinor) {
        ok(
                call(
                        java.util.Objects.requireNonNull(payments),
                        "POST",
                        "/api/v1/admin/wallets/" + customerId + "/credits",
                        adminToken(),
                        Map.of("amount", money(amountMinor), "note", "Sorry about the cold biryani")),
                200);
    }

    /** An admin creates a percent-off promo code at payment-service, valid for a day, one use per customer. */
    public void percentOffPromo(String code, int percentOff) {
        var now = java.time.Instant.now();
        var terms = new HashMap<String, Object>();
        terms.put("code", code);
        terms.put("kind", "PERCENT");
        terms.put("percentOff", percentOff);
        terms.put("currency", "INR");
        terms.put("minOrderMinor", 0);
        terms.put("validFrom", now.minus(Duration.ofHours(1)).toString());
        terms.put("validUntil", now.plus(Duration.ofDays(1)).toString());
        terms.put("perCustomerLimit", 1);
        terms.put("firstOrderOnly", false);
        ok(
                call(
                        java.util.Objects.requireNonNull(payments),
                        "POST",
                        "/api/v1/admin/promotions",
                        adminToken(),
                        terms),
                201);
    }

    public static Map<String, Object> money(long amountMinor) {
        return Map.of("amountMinor", amountMinor, "currency", "INR");
    }

    /** Spice Garden: a Bengaluru kitchen open around the clock, delivering 5 km, ₹199 minimum, ₹20 packaging. */
    public static Map<String, Object> spiceGarden(String name) {
        var periods = new ArrayList<Map<String, Object>>();
        for (var day : DayOfWeek.values()) {
            periods.add(Map.of("day", day.name(), "opens", "00:00", "closes", "00:00"));
        }
        var details = new HashMap<String, Object>();
        details.put("name", name);
        details.put("description", "Tandoor and curries since 1998");
        details.put("cuisines", List.of("North Indian"));
        details.put(
                "address",
                Map.of(
                        "line1", "12 MG Road",
                        "city", "Bengaluru",
                        "postalCode", "560001",
                        "countryCode", "IN",
                        "lat", BENGALURU_LAT,
                        "lon", BENGALURU_LON));
        details.put("phone", "+91 80 4000 1234");
        details.put("currency", "INR");
        details.put("zoneId", "Asia/Kolkata");
        details.put("deliveryRadiusMetres", 5000);
        details.put("minimumOrder", money(19900));
        details.put("packagingCharge", money(2000));
        details.put("averagePrepMinutes", 20);
        details.put("imageUrls", List.of("https://images.platter.dev/spice-garden.jpg"));
        details.put("openingHours", periods);
        details.put("holidays", List.of());
        return details;
    }

    /** Margherita at {@code priceMinor} with Size (required: Small +0, Large +₹160) and Extra toppings (Olives +₹40). */
    public static Map<String, Object> margherita(long priceMinor) {
        var item = new HashMap<String, Object>();
        item.put("name", "Margherita");
        item.put("description", "San Marzano tomato, fior di latte, basil");
        item.put("price", money(priceMinor));
        item.put("diet", "VEG");
        item.put("allergens", List.of("GLUTEN", "DAIRY"));
        item.put(
                "optionGroups",
                List.of(
                        Map.of(
                                "name",
                                "Size",
                                "minSelections",
                                1,
                                "maxSelections",
                                1,
                                "options",
                                List.of(option("Small", 0), option("Large", 16000))),
                        Map.of(
                                "name",
                                "Extra toppings",
                                "minSelections",
                                0,
                                "maxSelections",
                                1,
                                "options",
                                List.of(option("Olives", 4000)))));
        return item;
    }

    /** Paneer Tikka at {@code priceMinor}, no options. */
    public static Map<String, Object> paneerTikka(long priceMinor) {
        var item = new HashMap<String, Object>();
        item.put("name", "Paneer Tikka");
        item.put("description", "Char-grilled cottage cheese");
        item.put("price", money(priceMinor));
        item.put("diet", "VEG");
        item.put("allergens", List.of("DAIRY"));
        item.put("optionGroups", List.of());
        return item;
    }

    private static Map<String, Object> option(String name, long deltaMinor) {
        return Map.of("name", name, "priceDelta", money(deltaMinor));
    }

    /** The id of option {@code name} of group {@code group} of an item as restaurant-service returned it. */
    public static UUID optionId(JsonNode item, String group, String name) {
        for (var g : item.get("optionGroups")) {
            if (g.get("name").asString().equals(group)) {
                for (var option : g.get("options")) {
                    if (option.get("name").asString().equals(name)) {
                        return UUID.fromString(option.get("id").asString());
                    }
                }
            }
        }
        throw new AssertionError("No option " + group + "/" + name + " in " + item);
    }

    private static HttpResponse<String> call(
            ServiceProcess service, String method, String path, @Nullable String token, @Nullable Object body) {
        var request = HttpRequest.newBuilder(service.uri(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString()) // money commands need one; others ignore it
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }
}
