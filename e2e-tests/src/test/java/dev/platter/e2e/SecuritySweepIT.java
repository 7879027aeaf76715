package dev.platter.e2e;

import static dev.platter.e2e.client.City.dishPlan;
import static dev.platter.e2e.client.City.eventually;
import static dev.platter.e2e.client.City.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.platter.e2e.client.Api;
import dev.platter.e2e.client.City;
import dev.platter.e2e.client.City.Customer;
import dev.platter.e2e.client.City.RestaurantPlan;
import dev.platter.e2e.client.City.Session;
import dev.platter.platform.test.WsClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.core.ConditionTimeoutException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Platter's access rules swept over every operation the services document, so that a new endpoint is covered the day
 * it is written. The operations come from each service's OpenAPI document (through the gateway, {@code
 * /v3/api-docs/<service>}); the sweep knows only the public list of ARCHITECTURE §3, a valid body for each command,
 * and the ids that two parties of each kind (customers, owners, riders) really own after a real order or two.
 *
 * <ul>
 *   <li>Without a token, every operation outside the public list answers 401, through the gateway and at the service
 *       itself; the public ones answer without one.
 *   <li>{@code /internal/**} has no route through the gateway, with or without a token, and refuses a user's token at
 *       the service.
 *   <li>{@code /api/v1/admin/**} answers 403 to every non-admin, through the gateway and at the service itself.
 *   <li>Every operation aimed at a resource (an id in its path or query, or the order or address a command's body
 *       names) answers 403 or 404 when the other party's customer, owner or rider calls it with party A's real ids
 *       (while A's own parties can read them), and A's resources read the same before and after; no view of the
 *       kitchen's or the rider's shows the customer's handoff code.
 *   <li>Every command refuses fields it does not know, so nobody smuggles in an owner, a customer or a role.
 *   <li>The WebSocket hub lets nobody follow another party's order, restaurant or rider stream.
 * </ul>
 *
 * Each sweep collects every operation that answered otherwise and fails once, listing them all.
 */
class SecuritySweepIT {

    private static final Logger log = LoggerFactory.getLogger(SecuritySweepIT.class);

    private static final Duration STEP = Duration.ofSeconds(30);

    /** Fewer documented operations than this means the enumeration is broken, not that Platter shrank. */
    private static final int MINIMUM_OPERATIONS = 80;

    private static final List<String> SERVICES =
            List.of("user", "restaurant", "order", "payment", "delivery", "notification", "search", "analytics");

    /**
     * What anyone may call without a token (ARCHITECTURE §3): register, login, refresh, the JWKS, browsing published
     * restaurants and their menus (and their reviews), search but not recommendations, and the Stripe webhook (its
     * signature is its credential). Health is not an API operation; it is checked on its own.
     *
     * <p>Logout too: it names the session to end by its refresh token, which is its credential, so that an app can
     * sign out after its access token expired.
     */
    private static final Set<String> PUBLIC = Set.of(
            "POST /api/v1/auth/register",
            "POST /api/v1/auth/login",
            "POST /api/v1/auth/refresh",
            "POST /api/v1/auth/logout",
            "GET /.well-known/jwks.json",
            "GET /api/v1/restaurants",
            "GET /api/v1/restaurants/{restaurantId}",
            "GET /api/v1/restaurants/{restaurantId}/menu",
            "GET /api/v1/restaurants/{restaurantId}/reviews",
            "GET /api/v1/search/restaurants",
            "GET /api/v1/search/dishes",
            "GET /api/v1/search/suggest",
            "POST /webhooks/stripe");

    /** Public at the service, never routed: services trade their client credentials (in the body) for a token. */
    private static final Set<String> CLIENT_CREDENTIALS = Set.of("POST /internal/tokens");

    /**
     * The container's error page: springdoc lists it because it is a controller, but it is no operation of Platter's
     * API. Every service lets it render failures of requests without a token; the gateway does not serve it.
     */
    private static final String ERROR_PAGE = "/error";

    /** Commands whose body is a provider's signed payload, taken as it comes. */
    private static final Set<String> SIGNED_RAW = Set.of("POST /webhooks/stripe");

    /** Operations aimed at another party's resource by an id in the body rather than in the path. */
    private static final Set<String> AIMED_BY_BODY =
            Set.of("POST /api/v1/reviews", "POST /api/v1/support/cases", "POST /api/v1/orders");

    private static Platform platform;
    private static Api api;
    private static World world;
    private static List<Operation> operations;

    /** One documented operation of one service. */
    record Operation(
            String service,
            String method,
            String path,
            List<String> pathParameters,
            List<String> requiredQuery,
            List<String> idQuery,
            Map<String, String> optionalQuery,
            boolean hasBody) {

        String key() {
            return method + " " + path;
        }

        boolean internal() {
            return path.equals("/internal") || path.startsWith("/internal/");
        }

        boolean admin() {
            return path.startsWith("/api/v1/admin/");
        }

        boolean open() {
            return PUBLIC.contains(key());
        }

        /** The parameters that name a resource: every path parameter and the query's ids. */
        List<String> targets() {
            var all = new ArrayList<>(pathParameters);
            idQuery.stream().filter(name -> !all.contains(name)).forEach(all::add);
            return all;
        }
    }

    /** Someone calling: a label for the report, their session, and ids of their own to mix with the other's. */
    record Party(String label, Session session, Map<String, String> own) {

        String token() {
            return session.token();
        }
    }

    /** What the A parties own, made in the setup through the public API. */
    record Owned(
            String restaurant,
            String draftRestaurant,
            List<String> categories,
            String item,
            String activeOrder,
            String deliveredOrder,
            String activeTicket,
            String doneTicket,
            String activeOffer,
            String doneOffer,
            String activeDelivery,
            String doneDelivery,
            Map<String, String> handoffCodes,
            String payment,
            String review,
            String supportCase,
            String address,
            String cartLine,
            String inboxMessage,
            String device,
            String application) {}

    /** Both towns, every party, and A's ids by the parameter names the services use for them. */
    record World(
            Town a,
            Town b,
            Customer customerA,
            Customer customerB,
            Session riderA,
            Session riderB,
            Session admin,
            String visitorEmail,
            Owned owned) {

        Session ownerA() {
            return a.owner;
        }

        Session ownerB() {
            return b.owner;
        }

        /** A's real ids by parameter name; the first one of each is the busiest (an order under way, ...). */
        Map<String, List<String>> ofA() {
            var ids = new LinkedHashMap<String, List<String>>();
            ids.put("orderId", List.of(owned.activeOrder(), owned.deliveredOrder()));
            ids.put("restaurantId", List.of(owned.restaurant(), owned.draftRestaurant()));
            ids.put("categoryId", List.of(owned.categories().get(0)));
            ids.put("itemId", List.of(owned.item()));
            ids.put("ticketId", List.of(owned.activeTicket(), owned.doneTicket()));
            ids.put("offerId", List.of(owned.activeOffer(), owned.doneOffer()));
            ids.put("deliveryId", List.of(owned.activeDelivery(), owned.doneDelivery()));
            ids.put("paymentId", List.of(owned.payment()));
            ids.put("reviewId", List.of(owned.review()));
            ids.put("caseId", List.of(owned.supportCase()));
            ids.put("addressId", List.of(owned.address()));
            ids.put("lineId", List.of(owned.cartLine()));
            ids.put("messageId", List.of(owned.inboxMessage()));
            ids.put("deviceToken", List.of(owned.device()));
            ids.put("applicationId", List.of(owned.application()));
            ids.put("userId", List.of(customerA.session().userId().toString()));
            ids.put("customerId", List.of(customerA.session().userId().toString()));
            ids.put("recipientId", List.of(customerA.session().userId().toString()));
            ids.put("riderId", List.of(riderA.userId().toString()));
            return ids;
        }

        /**
         * Of A's ids, the ones a public operation must not show either: the restaurant still waiting for approval
         * (browsing is for published restaurants).
         */
        Map<String, List<String>> privateOfA() {
            return Map.of("restaurantId", List.of(owned.draftRestaurant()));
        }

        /** Values for the query parameters that name no resource. */
        Map<String, String> query() {
            return Map.of(
                    "lat",
                    Double.toString(a.kitchen.lat()),
                    "lon",
                    Double.toString(a.kitchen.lon()),
                    "q",
                    "biryani",
                    "prefix",
                    "bir");
        }

        List<Party> othersOfA() {
            return List.of(
                    new Party("customer B", customerB.session(), Map.of()),
                    new Party(
                            "owner B",
                            ownerB(),
                            Map.of("restaurantId", b.restaurant.id().toString())),
                    new Party("rider B", riderB, Map.of()));
        }

        List<Party> partiesOfA() {
            return List.of(
                    new Party("customer A", customerA.session(), Map.of()),
                    new Party("owner A", ownerA(), Map.of()),
                    new Party("rider A", riderA, Map.of()));
        }

        List<Party> nonAdmins() {
            var all = new ArrayList<Party>(partiesOfA());
            all.addAll(othersOfA());
            return all;
        }

        /** Every id of A's, to spot in an answer that should have shown B nothing of A's. */
        Set<String> everyIdOfA() {
            var all = new LinkedHashSet<String>();
            ofA().values().forEach(all::addAll);
            all.addAll(owned.categories());
            return all;
        }
    }

    /** Makes a valid body for a command, given the world and the values the path was given. */
    @FunctionalInterface
    interface Body {
        @Nullable
        Object of(World world, Map<String, String> values);
    }

    private static final Body NONE = (w, values) -> null;

    // ----------------------------------------------------------------------------------------------------------------
    // The setup: two of every party; A's with real resources
    // ----------------------------------------------------------------------------------------------------------------

    @BeforeAll
    static void twoOfEveryPartyWithARealOrderDeliveredAndAnotherUnderWay() {
        platform = Platform.get();
        api = platform.api();
        var a = new Town("Karavalli Coast Kitchen");
        var b = new Town("Rayalaseema Ruchulu");
        var city = a.city;
        var customerA = a.customer("Asha Rao");
        var customerB = b.customer("Bhavna Shetty");
        var riderA = a.rider("Arjun K.");
        var riderB = b.rider("Balaji M.");
        var ownerA = a.owner;

        // owner A: a second category, and a second restaurant not yet approved
        var drinks = city.category(ownerA, a.restaurant.id(), "Drinks");
        city.dish(
                ownerA,
                a.restaurant.id(),
                drinks,
                dishPlan("Masala Chaas", "Spiced buttermilk", 6900, "VEG", List.of()));
        var draft = api.post(
                        "/api/v1/restaurants",
                        ownerA.token(),
                        City.restaurantDetails(new RestaurantPlan(
                                "Karavalli Cloud Kitchen",
                                "Coastal curries, delivery only",
                                List.of("Mangalorean"),
                                a.kitchen.offset(300, 300),
                                "3 Brigade Road",
                                20)))
                .expect(201)
                .get("id")
                .asString();
        var menu = api.get("/api/v1/restaurants/" + a.restaurant.id() + "/menu", ownerA.token())
                .expect(200);
        var categories = new ArrayList<String>();
        menu.get("categories")
                .forEach(category -> categories.add(category.get("id").asString()));
        var application = api.get("/api/v1/applications", ownerA.token())
                .expect(200)
                .get("items")
                .get(0)
                .get("id")
                .asString();

        // customer A: a device for push
        var device = "asha-phone-" + customerA.session().userId();
        api.post("/api/v1/notifications/devices", customerA.token(), Map.of("token", device, "platform", "ANDROID"))
                .expect(201, 200);

        // the first order, cash, to the door
        a.fillCart(customerA);
        var delivered = city.checkout(customerA, "CASH", Map.of())
                .get("order")
                .get("id")
                .asString();
        city.awaitOrder(customerA, delivered, "PLACED", STEP);
        var doneTicket = a.accept(delivered).get("id").asString();
        var doneCode = city.awaitOrder(customerA, delivered, "ACCEPTED", STEP)
                .get("handoffCode")
                .asString();
        api.post("/api/v1/kitchen/tickets/" + doneTicket + "/start", ownerA.token(), Map.of())
                .expect(200);
        var doneOffer = city.offer(riderA, STEP);
        var doneDelivery = doneOffer.get("deliveryId").asString();
        api.post(
                        "/api/v1/riders/me/offers/" + doneOffer.get("offerId").asString() + "/accept",
                        riderA.token(),
                        Map.of())
                .expect(200);
        api.post("/api/v1/riders/me/deliveries/" + doneDelivery + "/arrived", riderA.token(), Map.of())
                .expect(200);
        api.post("/api/v1/kitchen/tickets/" + doneTicket + "/ready", ownerA.token(), Map.of())
                .expect(200);
        city.awaitOrder(customerA, delivered, "READY_FOR_PICKUP", STEP);
        api.post("/api/v1/riders/me/deliveries/" + doneDelivery + "/picked-up", riderA.token(), Map.of())
                .expect(200);
        city.awaitOrder(customerA, delivered, "PICKED_UP", STEP);
        api.post("/api/v1/riders/me/deliveries/" + doneDelivery + "/handoff", riderA.token(), Map.of("code", doneCode))
                .expect(200);
        city.awaitOrder(customerA, delivered, "DELIVERED", STEP);

        // customer A reviews it and opens a support case about it
        var review = eventually("restaurant-service to know order " + delivered + " delivered", STEP, () -> {
                    var reviewed = api.post(
                            "/api/v1/reviews",
                            customerA.token(),
                            Map.of(
                                    "orderId",
                                    delivered,
                                    "restaurantRating",
                                    4,
                                    "comment",
                                    "Fragrant rice, a little late",
                                    "riderRating",
                                    5));
                    return reviewed.status() == 201 ? reviewed.json() : null;
                })
                .get("id")
                .asString();
        var supportCase = api.post(
                        "/api/v1/support/cases",
                        customerA.token(),
                        Map.of("orderId", delivered, "category", "LATE", "text", "Arrived twenty minutes late"))
                .expect(201)
                .get("id")
                .asString();
        var payment = eventually("the payment of order " + delivered, STEP, () -> city.payment(customerA, delivered))
                .get("paymentId")
                .asString();

        // the second order, accepted by the kitchen and taken by rider A, under way
        a.fillCart(customerA);
        var active = city.checkout(customerA, "CASH", Map.of())
                .get("order")
                .get("id")
                .asString();
        city.awaitOrder(customerA, active, "PLACED", STEP);
        var activeTicket = a.accept(active).get("id").asString();
        var activeCode = city.awaitOrder(customerA, active, "ACCEPTED", STEP)
                .get("handoffCode")
                .asString();
        var activeOffer = city.offer(riderA, STEP);
        var activeDelivery = activeOffer.get("deliveryId").asString();
        api.post(
                        "/api/v1/riders/me/offers/" + activeOffer.get("offerId").asString() + "/accept",
                        riderA.token(),
                        Map.of())
                .expect(200);
        eventually("order " + active + " to name its rider", STEP, () -> city.order(customerA, active)
                .path("rider")
                .isObject());

        // carts: A's and B's own
        a.fillCart(customerA);
        var cartLine = api.get("/api/v1/cart", customerA.token())
                .expect(200)
                .get("lines")
                .get(0)
                .get("lineId")
                .asString();
        b.fillCart(customerB);

        // one of customer A's in-app messages, unread
        var message = eventually("an unread message in customer A's inbox", STEP, () -> {
            for (var item : api.get("/api/v1/notifications?unread=true&size=100", customerA.token())
                    .expect(200)
                    .path("items")) {
                return item.get("id").asString();
            }
            return null;
        });

        // someone with no role yet, whose sign-ins feed the public commands
        var visitor = Platform.email("visitor");
        city.person(visitor, "Vikram Visitor", "+919800000099");

        world = new World(
                a,
                b,
                customerA,
                customerB,
                riderA,
                riderB,
                a.admin,
                visitor,
                new Owned(
                        a.restaurant.id().toString(),
                        draft,
                        categories,
                        a.biryani.get("id").asString(),
                        active,
                        delivered,
                        activeTicket,
                        doneTicket,
                        activeOffer.get("offerId").asString(),
                        doneOffer.get("offerId").asString(),
                        activeDelivery,
                        doneDelivery,
                        Map.of(activeDelivery, activeCode, doneDelivery, doneCode),
                        payment,
                        review,
                        supportCase,
                        customerA.addressId().toString(),
                        cartLine,
                        message,
                        device,
                        application));
        operations = enumerate();
    }

    // ----------------------------------------------------------------------------------------------------------------
    // The sweeps
    // ----------------------------------------------------------------------------------------------------------------

    @Test
    void everyServiceDocumentsItsOperationsAndTheSweepKnowsNothingUndocumented() {
        var keys = operations().stream().map(Operation::key).toList();
        assertThat(operations())
                .as("operations documented per service")
                .extracting(Operation::service)
                .containsAll(SERVICES);
        assertThat(keys).as("the public list, as documented").containsAll(PUBLIC);
        assertThat(keys).as("the commands the sweep has a body for").containsAll(bodies().keySet());
        assertThat(keys).as("the operations aimed by their body").containsAll(AIMED_BY_BODY);
        log.info(
                "Security sweep: {} operations documented ({} internal, {} admin, {} public)",
                keys.size(),
                operations().stream().filter(Operation::internal).count(),
                operations().stream().filter(Operation::admin).count(),
                operations().stream().filter(Operation::open).count());
    }

    @Test
    void everyOperationOutsideThePublicListRefusesARequestWithoutATokenAtTheGateway() {
        var holes = new ArrayList<String>();
        var calls = 0;
        for (var operation : operations()) {
            if (operation.internal()) {
                continue;
            }
            var request = firstRequest(operation, holes);
            if (request == null) {
                continue;
            }
            var reply = send(api, operation, request, null, holes);
            calls++;
            if (reply != null) {
                judgeWithoutToken("gateway", operation, reply, holes);
            }
        }
        var health = api.get("/actuator/health", null);
        if (health.status() != 200) {
            holes.add("gateway: GET /actuator/health without a token answered " + health.status());
        }
        var errorPage = api.get(ERROR_PAGE, null);
        if (errorPage.status() != 401) {
            holes.add("gateway: GET " + ERROR_PAGE + " without a token answered " + errorPage.status()
                    + ", expected 401");
        }
        log.info("Security sweep: {} calls without a token through the gateway", calls);
        assertThat(holes)
                .as("operations that answered wrongly without a token through the gateway")
                .isEmpty();
    }

    @Test
    void everyServiceItselfRefusesARequestWithoutATokenNotOnlyTheGateway() {
        var holes = new ArrayList<String>();
        var calls = 0;
        for (var operation : operations()) {
            var request = firstRequest(operation, holes);
            if (request == null) {
                continue;
            }
            var reply = send(direct(operation), operation, request, null, holes);
            calls++;
            if (reply != null) {
                judgeWithoutToken(operation.service() + "-service", operation, reply, holes);
            }
        }
        for (var service : SERVICES) {
            var health = direct(service).get("/actuator/health", null);
            if (health.status() != 200) {
                holes.add(service + "-service: GET /actuator/health without a token answered " + health.status());
            }
        }
        log.info("Security sweep: {} calls without a token straight to the services", calls);
        assertThat(holes)
                .as("operations that answered wrongly without a token at the service itself")
                .isEmpty();
    }

    @Test
    void internalOperationsHaveNoRouteThroughTheGatewayAndRefuseUserTokensAtTheService() {
        var holes = new ArrayList<String>();
        var internal = operations().stream().filter(Operation::internal).toList();
        assertThat(internal)
                .as("the internal operations of ARCHITECTURE §3, documented")
                .extracting(Operation::key)
                .contains(
                        "POST /internal/tokens",
                        "GET /internal/users/{userId}/addresses/{addressId}",
                        "POST /internal/restaurants/{restaurantId}/quote",
                        "GET /internal/restaurants/export",
                        "POST /internal/promotions/evaluate",
                        "GET /internal/wallets/{customerId}",
                        "POST /internal/payments",
                        "POST /internal/refunds");
        var callers = new LinkedHashMap<String, @Nullable String>();
        callers.put("no token", null);
        callers.put("customer A", world.customerA().token());
        callers.put("owner A", world.ownerA().token());
        callers.put("admin", world.admin().token());
        for (var operation : internal) {
            var request = firstRequest(operation, holes);
            if (request == null) {
                continue;
            }
            // it is there at the service...
            var there = send(direct(operation), operation, request, null, holes);
            if (there != null && there.status() == 404) {
                holes.add(operation.service() + "-service: " + operation.key() + " is documented but answered 404");
            }
            // ... refuses a user's token (only a service token will do) ...
            if (!CLIENT_CREDENTIALS.contains(operation.key())) {
                var asUser = send(
                        direct(operation), operation, request, world.customerA().token(), holes);
                if (asUser != null && asUser.status() != 403) {
                    holes.add(describe(operation.service() + "-service", "customer A", operation, asUser, "403"));
                }
            }
            // ... and the gateway has no way to it, whoever asks, nor by a path that climbs out of a public prefix
            for (var caller : callers.entrySet()) {
                var routed = send(api, operation, request, caller.getValue(), holes);
                if (routed != null && routed.status() != 404) {
                    holes.add(describe("gateway", caller.getKey(), operation, routed, "404 (no route)"));
                }
                var climbing = api.send(
                        operation.method(),
                        "/api/v1/cart/%2e%2e/%2e%2e/%2e%2e" + request.target(),
                        caller.getValue(),
                        request.body(),
                        Map.of());
                if (climbing.status() < 400) {
                    holes.add(describe("gateway", caller.getKey(), operation, climbing, "no success by ../"));
                }
            }
        }
        assertThat(holes)
                .as("internal operations reachable through the gateway or by a user")
                .isEmpty();
    }

    @Test
    void adminOperationsAnswer403ToEveryoneButAdminsAtTheGatewayAndAtTheService() {
        var holes = new ArrayList<String>();
        var calls = 0;
        var admin = operations().stream().filter(Operation::admin).toList();
        assertThat(admin).as("admin operations documented").hasSizeGreaterThan(20);
        for (var operation : admin) {
            var request = firstRequest(operation, holes);
            if (request == null) {
                continue;
            }
            for (var party : world.nonAdmins()) {
                for (var where : List.of("gateway", operation.service() + "-service")) {
                    var reply = send(
                            where.equals("gateway") ? api : direct(operation),
                            operation,
                            request,
                            party.token(),
                            holes);
                    calls++;
                    if (reply != null && reply.status() != 403) {
                        holes.add(describe(where, party.label(), operation, reply, "403"));
                    }
                }
            }
        }
        log.info("Security sweep: {} admin operations, {} calls by non-admins", admin.size(), calls);
        assertThat(holes).as("admin operations that did not refuse a non-admin").isEmpty();
    }

    @Test
    void noCustomerOwnerOrRiderReachesAnotherPartysResourcesAndTheOwnersResourcesStayUnchanged() {
        var before = settledSnapshotOfA();
        var holes = new ArrayList<String>();
        var aimed = operations().stream()
                .filter(operation -> !operation.internal() && !operation.admin())
                .filter(operation -> !operation.targets().isEmpty() || AIMED_BY_BODY.contains(operation.key()))
                .toList();
        // the control: A's own customer, owner or rider reads each of these, so B's refusals are about who asks
        var reads = 0;
        for (var operation : aimed) {
            var request = operation.method().equals("GET") ? firstRequest(operation, holes) : null;
            if (request == null) {
                continue;
            }
            reads++;
            var answered = new ArrayList<Integer>();
            for (var party : world.partiesOfA()) {
                var reply = send(api, operation, request, party.token(), holes);
                answered.add(reply == null ? -1 : reply.status());
            }
            if (!answered.contains(200)) {
                holes.add("control: " + operation.key() + " with " + request.values() + " answered " + answered
                        + " to A's customer, owner and rider; none of them could read their own resource");
            }
        }
        var tally = new TreeMap<String, Integer>();
        for (var party : world.othersOfA()) {
            for (var operation : aimed) {
                for (var request : requestsAtA(operation, party, holes)) {
                    var reply = send(api, operation, request, party.token(), holes);
                    if (reply != null) {
                        tally.merge(Integer.toString(reply.status()), 1, Integer::sum);
                        judgeAimedAtA(party, operation, request, reply, holes);
                    }
                }
            }
        }
        log.info(
                "Security sweep: {} operations aimed at A's resources ({} reads A could make), calls by B's customer,"
                        + " owner and rider answered {}",
                aimed.size(),
                reads,
                tally);
        holes.addAll(changesToA(before));
        holes.addAll(handoffCodesShownToStaff(before));
        assertThat(holes)
                .as("operations that let another party at A's resources, or A's resources that changed")
                .isEmpty();
    }

    @Test
    void everyCommandRefusesFieldsItDoesNotKnowSoNobodyCanSmuggleAnOwnerOrARole() {
        var holes = new ArrayList<String>();
        var commands = 0;
        for (var operation : operations()) {
            if (operation.internal()
                    || operation.admin()
                    || !operation.hasBody()
                    || SIGNED_RAW.contains(operation.key())) {
                continue;
            }
            var request = firstRequest(operation, holes);
            if (request == null || !(request.body() instanceof Map<?, ?> valid)) {
                continue;
            }
            commands++;
            var smuggling = new LinkedHashMap<Object, Object>(valid);
            smuggled().forEach(smuggling::putIfAbsent);
            var withExtras = new Request(request.target(), request.values(), smuggling);
            var callers = new ArrayList<@Nullable Party>();
            if (operation.open()) {
                callers.add(null);
            } else {
                callers.addAll(world.othersOfA());
            }
            var refused = false;
            for (var caller : callers) {
                var reply = send(api, operation, withExtras, caller == null ? null : caller.token(), holes);
                if (reply == null) {
                    continue;
                }
                if (reply.status() == 400 && reply.problem().equals("unknown-field")) {
                    refused = true;
                } else if (caller == null || reply.status() != 403) {
                    holes.add(describe(
                            "gateway",
                            caller == null ? "no token" : caller.label(),
                            operation,
                            reply,
                            "400 unknown-field (of " + smuggled().keySet() + ")"));
                }
            }
            if (!refused) {
                holes.add(operation.key() + ": nobody got a 400 unknown-field for "
                        + smuggled().keySet());
            }
        }
        log.info("Security sweep: {} commands sent with smuggled fields", commands);
        assertThat(holes).as("commands that accepted fields they do not know").isEmpty();
    }

    @Test
    void theBodyOfARefusedRequestIsNeverReadAsARequestOfItsOwn() throws IOException {
        // the body is a whole request for the public keys: answered, it would show as a second response
        var smuggled = "GET /.well-known/jwks.json HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        var request = "POST /api/v1/cart/lines HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + smuggled.length() + "\r\n\r\n" + smuggled;
        var ports = new LinkedHashMap<String, Integer>();
        ports.put("gateway", platform.gateway.port());
        platform.services().forEach((name, process) -> ports.put(name + "-service", process.port()));
        var holes = new ArrayList<String>();
        for (var port : ports.entrySet()) {
            var answers = exchange(port.getValue(), request);
            var statusLines =
                    answers.lines().filter(line -> line.startsWith("HTTP/1.1 ")).toList();
            if (statusLines.size() != 1 || !statusLines.get(0).startsWith("HTTP/1.1 401")) {
                holes.add(port.getKey() + " answered " + statusLines + " to one refused request carrying another");
            }
        }
        assertThat(holes)
                .as("servers that read a refused request's body as a request")
                .isEmpty();
    }

    /** Sends raw bytes on a fresh connection and reads whatever comes back until it closes or goes quiet. */
    private static String exchange(int port, String raw) throws IOException {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(2000);
            socket.getOutputStream().write(raw.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            var received = new ByteArrayOutputStream();
            var buffer = new byte[8192];
            try {
                for (int read; (read = socket.getInputStream().read(buffer)) >= 0; ) {
                    received.write(buffer, 0, read);
                }
            } catch (SocketTimeoutException quiet) {
                // nothing more is coming
            }
            return received.toString(StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void theHubLetsNobodySubscribeToAnotherPartysStreamsNorConnectWithoutAToken() {
        var owned = world.owned();
        var streams = new LinkedHashMap<String, Party>();
        var a = world.partiesOfA();
        streams.put("order:" + owned.activeOrder(), a.get(0));
        streams.put("order:" + owned.deliveredOrder(), a.get(0));
        streams.put("restaurant:" + owned.restaurant(), a.get(1));
        streams.put("restaurant:" + owned.draftRestaurant(), a.get(1));
        streams.put("rider:" + world.riderA().userId(), a.get(2));
        var holes = new ArrayList<String>();
        // the control: each stream is its owner's to follow
        streams.forEach((stream, owner) -> {
            try (var app = WsClient.connect(platform.hub(), owner.token())) {
                var answer = app.subscribeAndAwait(stream);
                if (!answer.equals("subscribed")) {
                    holes.add("control: " + owner.label() + " subscribing to " + stream + " got " + answer);
                }
            }
        });
        for (var party : world.othersOfA()) {
            try (var app = WsClient.connect(platform.hub(), party.token())) {
                for (var stream : streams.keySet()) {
                    var answer = app.subscribeAndAwait(stream);
                    if (!answer.equals("refused")) {
                        holes.add("hub: " + party.label() + " subscribing to " + stream + " got " + answer);
                    }
                }
            }
        }
        var atGateway = WsClient.handshakeStatus(platform.gateway.port(), null);
        if (atGateway != 401) {
            holes.add("gateway: the /ws handshake without a token answered " + atGateway + ", expected 401");
        }
        var atService = WsClient.handshakeStatus(platform.notifications.port(), null);
        if (atService != 401) {
            holes.add(
                    "notification-service: the /ws handshake without a token answered " + atService + ", expected 401");
        }
        assertThat(holes).as("streams of the hub open to the wrong people").isEmpty();
    }

    // ----------------------------------------------------------------------------------------------------------------
    // Judging answers
    // ----------------------------------------------------------------------------------------------------------------

    private static void judgeWithoutToken(String where, Operation operation, Api.Reply reply, List<String> holes) {
        var open = operation.open() || (operation.internal() && CLIENT_CREDENTIALS.contains(operation.key()));
        if (open) {
            if (reply.status() == 401 || reply.status() == 403 || reply.status() >= 500) {
                holes.add(describe(where, "no token", operation, reply, "an answer without a token (public)"));
            }
        } else if (reply.status() != 401) {
            holes.add(describe(where, "no token", operation, reply, "401"));
        }
    }

    /**
     * An operation aimed at A's resource: 403 (a role that may not call it) or 404 (not yours). An operation that only
     * filters by an id in its query may instead answer an empty result: nothing of A's in it.
     */
    private static void judgeAimedAtA(
            Party party, Operation operation, Request request, Api.Reply reply, List<String> holes) {
        if (reply.status() == 403 || reply.status() == 404) {
            return;
        }
        var filterOnly = operation.pathParameters().isEmpty() && !AIMED_BY_BODY.contains(operation.key());
        if (filterOnly && reply.status() >= 200 && reply.status() < 300) {
            var leaked = world.everyIdOfA().stream()
                    .filter(id -> !request.values().containsValue(id))
                    .filter(reply.body()::contains)
                    .toList();
            if (leaked.isEmpty()) {
                return;
            }
            holes.add(describe("gateway", party.label(), operation, reply, "nothing of A's; leaked " + leaked)
                    + " with " + request.values());
            return;
        }
        holes.add(describe("gateway", party.label(), operation, reply, "403 or 404") + " with " + request.values());
    }

    private static String describe(String where, String who, Operation operation, Api.Reply reply, String expected) {
        var body = reply.body().length() > 240 ? reply.body().substring(0, 240) + "…" : reply.body();
        return where + ": " + operation.key() + " by " + who + " (" + reply.method() + " " + reply.path()
                + ") answered " + reply.status() + ", expected " + expected + ": " + body;
    }

    // ----------------------------------------------------------------------------------------------------------------
    // A's resources, before and after
    // ----------------------------------------------------------------------------------------------------------------

    /** A's resources as A reads them, once two reads a second apart agree (the setup's events have settled). */
    private static Map<String, JsonNode> settledSnapshotOfA() {
        var last = new AtomicReference<Map<String, JsonNode>>(Map.of());
        return await("A's resources to settle")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(
                        () -> {
                            var now = snapshotOfA();
                            var previous = last.getAndSet(now);
                            return now.equals(previous) ? now : null;
                        },
                        snapshot -> snapshot != null);
    }

    /** What changed in A's resources since {@code before}; a change shows for three seconds to count. */
    private static List<String> changesToA(Map<String, JsonNode> before) {
        try {
            await("A's resources to read as before")
                    .during(Duration.ofSeconds(3))
                    .atMost(Duration.ofSeconds(15))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> snapshotOfA().equals(before));
            return List.of();
        } catch (ConditionTimeoutException changed) {
            var after = snapshotOfA();
            var changes = new ArrayList<String>();
            before.forEach((what, was) -> {
                var now = after.get(what);
                if (!was.equals(now)) {
                    changes.add("A's " + what + " changed: was " + was + ", now " + now);
                }
            });
            return changes.isEmpty() ? List.of("A's resources kept changing during the sweep") : changes;
        }
    }

    private static Map<String, JsonNode> snapshotOfA() {
        var owned = world.owned();
        var customer = world.customerA().token();
        var owner = world.ownerA().token();
        var rider = world.riderA().token();
        var read = new LinkedHashMap<String, JsonNode>();
        for (var order : List.of(owned.activeOrder(), owned.deliveredOrder())) {
            read.put(
                    "order " + order,
                    api.get("/api/v1/orders/" + order, customer).expect(200));
            read.put(
                    "order " + order + " as the kitchen sees it",
                    api.get("/api/v1/orders/restaurant/" + order, owner).expect(200));
            read.put(
                    "order " + order + " as the rider sees it",
                    api.get("/api/v1/orders/deliveries/" + order, rider).expect(200));
        }
        read.put("cart", api.get("/api/v1/cart", customer).expect(200));
        read.put(
                "address " + owned.address(),
                api.get("/api/v1/users/me/addresses/" + owned.address(), customer)
                        .expect(200));
        read.put(
                "support case " + owned.supportCase(),
                api.get("/api/v1/support/cases/" + owned.supportCase(), customer)
                        .expect(200));
        read.put(
                "payment " + owned.payment(),
                api.get("/api/v1/payments/" + owned.payment(), customer).expect(200));
        read.put("inbox message " + owned.inboxMessage(), inboxMessage(owned.inboxMessage()));
        read.put("devices", api.get("/api/v1/notifications/devices", customer).expect(200));
        read.put("profile", api.get("/api/v1/users/me", customer).expect(200));
        for (var restaurant : List.of(owned.restaurant(), owned.draftRestaurant())) {
            read.put(
                    "restaurant " + restaurant,
                    api.get("/api/v1/restaurants/" + restaurant, owner).expect(200));
            read.put(
                    "menu of " + restaurant,
                    api.get("/api/v1/restaurants/" + restaurant + "/menu", owner)
                            .expect(200));
        }
        read.put(
                "reviews of " + owned.restaurant(),
                api.get("/api/v1/restaurants/" + owned.restaurant() + "/reviews", null)
                        .expect(200));
        for (var ticket : List.of(owned.activeTicket(), owned.doneTicket())) {
            read.put(
                    "ticket " + ticket,
                    api.get("/api/v1/kitchen/tickets/" + ticket, owner).expect(200));
        }
        for (var delivery : List.of(owned.activeDelivery(), owned.doneDelivery())) {
            read.put(
                    "delivery " + delivery,
                    api.get("/api/v1/riders/me/deliveries/" + delivery, rider).expect(200));
        }
        return read;
    }

    /** The handoff code is the customer's alone: no view of the kitchen's or the rider's shows it (ARCHITECTURE §6). */
    private static List<String> handoffCodesShownToStaff(Map<String, JsonNode> snapshot) {
        var shown = new ArrayList<String>();
        snapshot.forEach((what, json) -> {
            var staff = what.contains(" as the ") || what.startsWith("ticket ") || what.startsWith("delivery ");
            if (!staff) {
                return;
            }
            var text = json.toString();
            var named = json.findValues("handoffCode").stream().anyMatch(value -> !value.isNull());
            var quoted =
                    world.owned().handoffCodes().values().stream().anyMatch(code -> text.contains("\"" + code + "\""));
            if (named || quoted) {
                shown.add("A's " + what + " shows the handoff code: " + text);
            }
        });
        return shown;
    }

    private static JsonNode inboxMessage(String id) {
        for (var item : api.get(
                        "/api/v1/notifications?size=100", world.customerA().token())
                .expect(200)
                .path("items")) {
            if (item.get("id").asString().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("Customer A's inbox no longer has message " + id);
    }

    // ----------------------------------------------------------------------------------------------------------------
    // Operations from the OpenAPI documents, and requests for them
    // ----------------------------------------------------------------------------------------------------------------

    private static List<Operation> operations() {
        assertThat(operations)
                .as("operations found in the services' OpenAPI documents")
                .hasSizeGreaterThanOrEqualTo(MINIMUM_OPERATIONS);
        return operations;
    }

    private static List<Operation> enumerate() {
        var found = new ArrayList<Operation>();
        for (var service : SERVICES) {
            var document = api.get("/v3/api-docs/" + service, null).expect(200);
            for (var path : document.path("paths").properties()) {
                if (path.getKey().equals(ERROR_PAGE)) {
                    continue;
                }
                var item = path.getValue();
                for (var method : List.of("get", "put", "post", "delete", "patch")) {
                    var operation = item.path(method);
                    if (operation.isMissingNode()) {
                        continue;
                    }
                    var parameters = new ArrayList<JsonNode>();
                    item.path("parameters").forEach(parameter -> parameters.add(resolve(document, parameter)));
                    operation.path("parameters").forEach(parameter -> parameters.add(resolve(document, parameter)));
                    var inPath = new ArrayList<String>();
                    var requiredQuery = new ArrayList<String>();
                    var idQuery = new ArrayList<String>();
                    var optionalQuery = new LinkedHashMap<String, String>();
                    for (var parameter : parameters) {
                        var name = parameter.path("name").asString();
                        switch (parameter.path("in").asString()) {
                            case "path" -> inPath.add(name);
                            case "query" -> {
                                if (parameter.path("required").asBoolean()) {
                                    requiredQuery.add(name);
                                } else {
                                    optionalQuery.put(
                                            name,
                                            parameter
                                                    .path("schema")
                                                    .path("format")
                                                    .asString(""));
                                }
                                if (name.endsWith("Id")) {
                                    idQuery.add(name);
                                }
                            }
                            default -> {}
                        }
                    }
                    found.add(new Operation(
                            service,
                            method.toUpperCase(Locale.ROOT),
                            path.getKey(),
                            List.copyOf(inPath),
                            List.copyOf(requiredQuery),
                            List.copyOf(idQuery),
                            Map.copyOf(optionalQuery),
                            !operation.path("requestBody").isMissingNode()));
                }
            }
        }
        return List.copyOf(found);
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        var ref = node.path("$ref").asString("");
        if (ref.isEmpty()) {
            return node;
        }
        var target = document;
        for (var part : ref.substring(2).split("/")) {
            target = target.path(part);
        }
        return target;
    }

    /** A concrete request: the path with its values and query, the values used, and the body. */
    record Request(String target, Map<String, String> values, @Nullable Object body) {}

    /** The operation with A's first id for each parameter; null (and a hole noted) when the sweep lacks a value. */
    private static @Nullable Request firstRequest(Operation operation, List<String> holes) {
        var values = new LinkedHashMap<String, String>();
        for (var name : operation.targets()) {
            var value = valueOf(operation, name);
            if (value == null) {
                holes.add(operation.key() + ": the sweep has no value for parameter " + name);
                return null;
            }
            values.put(name, value);
        }
        return request(operation, values, holes);
    }

    /**
     * Requests aimed at A's resources: every combination of A's ids for the parameters that name resources (on a public
     * operation only A's unpublished ones), and where the caller has one of their own for one parameter of several,
     * theirs there with A's for the rest (B's restaurant in the path, A's menu item after it).
     */
    private static List<Request> requestsAtA(Operation operation, Party party, List<String> holes) {
        List<Map<String, String>> combinations = new ArrayList<>();
        combinations.add(new LinkedHashMap<>());
        for (var name : operation.targets()) {
            var values = operation.open()
                    ? world.privateOfA().get(name)
                    : world.ofA().get(name);
            if (values == null) {
                holes.add(operation.key() + ": the sweep has no id of A's for parameter " + name);
                return List.of();
            }
            var next = new ArrayList<Map<String, String>>();
            for (var combination : combinations) {
                for (var value : values) {
                    var extended = new LinkedHashMap<>(combination);
                    extended.put(name, value);
                    next.add(extended);
                }
            }
            combinations = next;
        }
        if (operation.pathParameters().size() > 1) {
            for (var name : operation.pathParameters()) {
                var own = party.own().get(name);
                if (own != null) {
                    var mixed = new LinkedHashMap<>(combinations.get(0));
                    mixed.put(name, own);
                    combinations.add(mixed);
                }
            }
        }
        var requests = new ArrayList<Request>();
        for (var combination : combinations) {
            var request = request(operation, combination, holes);
            if (request != null) {
                requests.add(request);
            }
        }
        return requests;
    }

    private static @Nullable String valueOf(Operation operation, String name) {
        var ofA = world.ofA().get(name);
        if (ofA != null) {
            return ofA.get(0);
        }
        var query = world.query().get(name);
        if (query != null) {
            return query;
        }
        // admin and internal operations on things no party owns (a reconciliation run, a promo code): any id will do,
        // since nobody but an admin or a service may call them at all
        return operation.admin() || operation.internal() ? UUID.randomUUID().toString() : null;
    }

    /**
     * The last hour (or week, for a report by day) for the optional {@code from} and {@code to} of a report: the
     * analytics reports document them as optional but answer 400 without them.
     */
    private static @Nullable String timeWindow(String name, String format) {
        return switch (name + " " + format) {
            case "from date-time" -> Instant.now().minus(Duration.ofHours(1)).toString();
            case "to date-time" -> Instant.now().plus(Duration.ofMinutes(1)).toString();
            case "from date" -> LocalDate.now(ZoneOffset.UTC).minusDays(7).toString();
            case "to date" -> LocalDate.now(ZoneOffset.UTC).toString();
            default -> null;
        };
    }

    private static @Nullable Request request(Operation operation, Map<String, String> values, List<String> holes) {
        var path = operation.path();
        for (var name : operation.pathParameters()) {
            path = path.replace("{" + name + "}", encode(values.get(name)));
        }
        var query = new StringJoiner("&");
        var named = new LinkedHashSet<String>(operation.requiredQuery());
        named.addAll(operation.idQuery());
        for (var name : named) {
            var value = values.containsKey(name) ? values.get(name) : valueOf(operation, name);
            if (value == null) {
                holes.add(operation.key() + ": the sweep has no value for query parameter " + name);
                return null;
            }
            query.add(name + "=" + encode(value));
        }
        operation.optionalQuery().forEach((name, format) -> {
            var value = timeWindow(name, format);
            if (value != null && !named.contains(name)) {
                query.add(name + "=" + encode(value));
            }
        });
        var target = query.length() == 0 ? path : path + "?" + query;
        if (!operation.hasBody()) {
            return new Request(target, values, null);
        }
        var body = bodies().get(operation.key());
        if (body == null) {
            if (!operation.internal()) {
                holes.add(operation.key() + ": the sweep has no valid body for it; add one to bodies()");
                return null;
            }
            return new Request(target, values, Map.of());
        }
        return new Request(target, values, body.of(world, values));
    }

    private static Api.@Nullable Reply send(
            Api to, Operation operation, Request request, @Nullable String token, List<String> holes) {
        try {
            return to.send(operation.method(), request.target(), token, request.body(), Map.of());
        } catch (RuntimeException failed) {
            holes.add(operation.key() + " (" + request.target() + ") failed: " + failed + ", caused by "
                    + failed.getCause());
            return null;
        }
    }

    private static Api direct(Operation operation) {
        return direct(operation.service());
    }

    private static Api direct(String service) {
        return new Api(platform.services().get(service).uri(""));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    // ----------------------------------------------------------------------------------------------------------------
    // A valid body for every command, so that a refusal is about who asks, not about what they sent
    // ----------------------------------------------------------------------------------------------------------------

    private static Map<String, Body> bodies() {
        var bodies = new LinkedHashMap<String, Body>();
        // user-service
        bodies.put(
                "POST /api/v1/auth/register",
                (w, v) -> Map.of(
                        "email",
                        Platform.email("newcomer"),
                        "password",
                        City.PASSWORD,
                        "name",
                        "Nila Newcomer",
                        "phone",
                        "+919800000042"));
        bodies.put("POST /api/v1/auth/login", (w, v) -> Map.of("email", w.visitorEmail(), "password", City.PASSWORD));
        bodies.put("POST /api/v1/auth/refresh", (w, v) -> Map.of("refreshToken", freshRefreshToken(w)));
        bodies.put("POST /api/v1/auth/logout", (w, v) -> Map.of("refreshToken", freshRefreshToken(w)));
        bodies.put("PATCH /api/v1/users/me", (w, v) -> Map.of("name", "Somebody Else"));
        bodies.put(
                "POST /api/v1/users/me/password",
                (w, v) -> Map.of("currentPassword", City.PASSWORD, "newPassword", "another-long-passphrase"));
        bodies.put("POST /api/v1/users/me/addresses", (w, v) -> address());
        bodies.put("PUT /api/v1/users/me/addresses/{addressId}", (w, v) -> address());
        bodies.put(
                "POST /api/v1/applications",
                (w, v) -> Map.of(
                        "type",
                        "RIDER",
                        "rider",
                        Map.of("vehicleType", "SCOOTER", "licenceNumber", "KA01-SWEEP", "city", "Bengaluru")));
        bodies.put("POST /api/v1/admin/users/{userId}/suspend", (w, v) -> Map.of("reason", "Chargeback fraud"));
        bodies.put("POST /api/v1/admin/users/signing-keys/rotate", NONE);
        bodies.put("POST /api/v1/admin/applications/{applicationId}/approve", NONE);
        bodies.put(
                "POST /api/v1/admin/applications/{applicationId}/reject",
                (w, v) -> Map.of("reason", "Licence unreadable"));
        // restaurant-service
        bodies.put("POST /api/v1/restaurants", (w, v) -> restaurant(w, "Udupi Upahar"));
        bodies.put("PUT /api/v1/restaurants/{restaurantId}", (w, v) -> restaurant(w, "Taken Over Tiffins"));
        bodies.put("POST /api/v1/restaurants/{restaurantId}/pause", (w, v) -> Map.of("reason", "OWNER_PAUSED"));
        bodies.put("POST /api/v1/restaurants/{restaurantId}/resume", NONE);
        bodies.put("PUT /api/v1/restaurants/{restaurantId}/auto-accept", (w, v) -> Map.of("enabled", true));
        bodies.put("POST /api/v1/restaurants/{restaurantId}/menu/categories", (w, v) -> Map.of("name", "Desserts"));
        bodies.put(
                "PUT /api/v1/restaurants/{restaurantId}/menu/categories/{categoryId}",
                (w, v) -> Map.of("name", "Renamed"));
        bodies.put("PUT /api/v1/restaurants/{restaurantId}/menu/category-order", (w, v) -> {
            var order = new ArrayList<>(w.owned().categories());
            Collections.reverse(order);
            return Map.of("categoryIds", order);
        });
        bodies.put("POST /api/v1/restaurants/{restaurantId}/menu/categories/{categoryId}/items", (w, v) -> dish());
        bodies.put("PUT /api/v1/restaurants/{restaurantId}/menu/items/{itemId}", (w, v) -> dish());
        bodies.put(
                "PUT /api/v1/restaurants/{restaurantId}/menu/items/{itemId}/availability",
                (w, v) -> Map.of("availability", "UNAVAILABLE"));
        bodies.put("POST /api/v1/kitchen/tickets/{ticketId}/accept", (w, v) -> Map.of("prepMinutes", 10));
        bodies.put(
                "POST /api/v1/kitchen/tickets/{ticketId}/reject",
                (w, v) -> Map.of("reason", "TOO_BUSY", "note", "Kitchen full"));
        bodies.put(
                "POST /api/v1/reviews",
                (w, v) -> Map.of(
                        "orderId",
                        w.owned().deliveredOrder(),
                        "restaurantRating",
                        1,
                        "comment",
                        "Cold",
                        "riderRating",
                        1));
        bodies.put("POST /api/v1/reviews/{reviewId}/reply", (w, v) -> Map.of("text", "Thank you for the kind words"));
        bodies.put("POST /api/v1/admin/restaurants/{restaurantId}/approve", NONE);
        bodies.put(
                "POST /api/v1/admin/restaurants/{restaurantId}/suspend",
                (w, v) -> Map.of("reason", "Hygiene inspection"));
        // order-service
        bodies.put(
                "POST /api/v1/cart/lines",
                (w, v) -> Map.of(
                        "restaurantId",
                        w.a().restaurant.id(),
                        "menuItemId",
                        w.a().lassi.get("id").asString(),
                        "quantity",
                        1,
                        "optionIds",
                        List.of(),
                        "replaceCart",
                        true));
        bodies.put("PATCH /api/v1/cart/lines/{lineId}", (w, v) -> Map.of("quantity", 3));
        bodies.put(
                "POST /api/v1/cart/quote",
                (w, v) -> Map.of("dropOff", w.customerA().home().json(), "paymentMethod", "CASH"));
        bodies.put("POST /api/v1/orders", (w, v) -> City.checkoutBody(w.customerA(), "CASH", Map.of()));
        bodies.put("POST /api/v1/orders/{orderId}/cancel", (w, v) -> Map.of("note", "Changed my mind"));
        bodies.put(
                "POST /api/v1/support/cases",
                (w, v) ->
                        Map.of("orderId", w.owned().deliveredOrder(), "category", "MISSING_ITEM", "text", "No raita"));
        bodies.put(
                "POST /api/v1/admin/orders/{orderId}/cancel",
                (w, v) -> Map.of("reason", "OTHER", "note", "Sweep", "refund", Map.of("type", "FULL")));
        bodies.put(
                "POST /api/v1/admin/support/cases/{caseId}/resolve",
                (w, v) -> Map.of("destination", "WALLET", "note", "Sorry"));
        bodies.put("POST /api/v1/admin/support/cases/{caseId}/decline", (w, v) -> Map.of("reason", "Not late"));
        // payment-service
        bodies.put("POST /api/v1/loyalty/redemptions", (w, v) -> Map.of("points", 100));
        bodies.put(
                "POST /api/v1/promotions/evaluate",
                (w, v) -> Map.of(
                        "code", "WELCOME50", "restaurantId", w.a().restaurant.id(), "itemsTotal", money(50000)));
        bodies.put("POST /webhooks/stripe", (w, v) -> Map.of("id", "evt_sweep", "type", "payment_intent.succeeded"));
        bodies.put("POST /api/v1/admin/promotions", (w, v) -> promo());
        bodies.put("POST /api/v1/admin/promotions/{id}/deactivate", NONE);
        bodies.put("POST /api/v1/admin/payments/reconciliations", NONE);
        bodies.put(
                "POST /api/v1/admin/payments/{paymentId}/refunds",
                (w, v) -> Map.of("amount", money(1000), "destination", "WALLET", "note", "Goodwill"));
        bodies.put(
                "POST /api/v1/admin/wallets/{customerId}/credits",
                (w, v) -> Map.of("amount", money(1000), "note", "Goodwill"));
        // delivery-service
        bodies.put(
                "POST /api/v1/riders/me/online",
                (w, v) -> Map.of("position", w.b().kitchen.json()));
        bodies.put("POST /api/v1/riders/me/offline", NONE);
        bodies.put(
                "POST /api/v1/riders/me/positions",
                (w, v) -> Map.of(
                        "points",
                        List.of(Map.of(
                                "lat",
                                w.b().kitchen.lat(),
                                "lon",
                                w.b().kitchen.lon(),
                                "recordedAt",
                                Instant.now().toString(),
                                "accuracyMetres",
                                8,
                                "speedMetresPerSecond",
                                0))));
        bodies.put("POST /api/v1/riders/me/offers/{offerId}/accept", NONE);
        bodies.put("POST /api/v1/riders/me/offers/{offerId}/decline", (w, v) -> Map.of("reason", "Too far"));
        bodies.put("POST /api/v1/riders/me/deliveries/{deliveryId}/arrived", NONE);
        bodies.put("POST /api/v1/riders/me/deliveries/{deliveryId}/picked-up", NONE);
        bodies.put(
                "POST /api/v1/riders/me/deliveries/{deliveryId}/handoff",
                (w, v) -> Map.of(
                        "code",
                        w.owned()
                                .handoffCodes()
                                .getOrDefault(
                                        v.getOrDefault("deliveryId", ""),
                                        w.owned().handoffCodes().get(w.owned().activeDelivery()))));
        bodies.put(
                "POST /api/v1/admin/deliveries/{deliveryId}/assign",
                (w, v) -> Map.of("riderId", w.riderB().userId()));
        bodies.put("POST /api/v1/admin/deliveries/{deliveryId}/complete", NONE);
        // notification-service
        bodies.put("POST /api/v1/notifications/{messageId}/read", NONE);
        bodies.put("POST /api/v1/notifications/read-all", NONE);
        bodies.put(
                "POST /api/v1/notifications/devices",
                (w, v) -> Map.of("token", "sweep-device-" + UUID.randomUUID(), "platform", "IOS"));
        bodies.put(
                "PUT /api/v1/notifications/preferences",
                (w, v) -> Map.of("email", false, "push", false, "sms", false, "inApp", false));
        // search- and analytics-service
        bodies.put("POST /api/v1/admin/search/rebuild", NONE);
        bodies.put("POST /api/v1/admin/analytics/replay", NONE);
        return bodies;
    }

    /** Fields no command takes from a client: who owns what, who may do what, where something stands. */
    private static Map<String, Object> smuggled() {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("ownerId", world.ownerA().userId());
        fields.put("customerId", world.customerA().session().userId());
        fields.put("userId", world.customerA().session().userId());
        fields.put("riderId", world.riderA().userId());
        fields.put("roles", List.of("ADMIN"));
        fields.put("status", "PUBLISHED");
        return fields;
    }

    private static String freshRefreshToken(World w) {
        return api.post("/api/v1/auth/login", null, Map.of("email", w.visitorEmail(), "password", City.PASSWORD))
                .expect(200)
                .get("refreshToken")
                .asString();
    }

    private static Map<String, Object> address() {
        var address = new LinkedHashMap<String, Object>();
        address.put("label", "Office");
        address.put("line1", "80 Feet Road");
        address.put("city", "Bengaluru");
        address.put("postcode", "560034");
        address.put("lat", 12.9352);
        address.put("lon", 77.6245);
        address.put("instructions", "Reception desk");
        return address;
    }

    private static Map<String, Object> restaurant(World w, String name) {
        return City.restaurantDetails(new RestaurantPlan(
                name, "Idli, dosa, filter coffee", List.of("Udupi"), w.b().kitchen, "1 Temple Street", 12));
    }

    private static Map<String, Object> dish() {
        return dishPlan("Neer Dosa", "Lacy rice crêpes", 14900, "VEG", List.of());
    }

    private static Map<String, Object> promo() {
        var promo = new LinkedHashMap<String, Object>();
        promo.put("code", "SWEEP" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT));
        promo.put("kind", "PERCENT");
        promo.put("percentOff", 10);
        promo.put("currency", "INR");
        promo.put("minOrderMinor", 0);
        promo.put("validFrom", Instant.now().toString());
        promo.put("validUntil", Instant.now().plus(Duration.ofDays(1)).toString());
        promo.put("perCustomerLimit", 1);
        promo.put("firstOrderOnly", false);
        return promo;
    }
}
