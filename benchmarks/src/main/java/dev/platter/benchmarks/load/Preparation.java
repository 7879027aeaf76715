package dev.platter.benchmarks.load;

import dev.platter.benchmarks.Platform;
import dev.platter.benchmarks.city.City;
import dev.platter.benchmarks.city.CityIds;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a run needs before its first arrival: pools of customers (each with a restaurant that delivers to their home
 * and a dish of it) and riders, signed in; the riders online at their spots; for tracking, orders to follow (cash
 * orders, dispatched as any other); the menus in restaurant-service's cache; and the feeders the simulation reads.
 * The pools of the streams are disjoint, so no customer is in two journeys at once.
 */
public final class Preparation {

    /** How many customers each stream uses, and how many riders go online. */
    public record Pools(int checkout, int dispatch, int cart, int tracking, int riders) {

        int customers() {
            return checkout + dispatch + cart + tracking;
        }
    }

    /** A customer of a pool: who, their dish, and how they are signed in. */
    private record Shopper(City.Customer customer, UUID restaurantId, City.Dish dish) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Platform platform;
    private final City city;
    private final Path feeders;
    private final Sessions sessions;
    private final Consumer<String> say;
    private final int threads;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final Map<Integer, City.Restaurant> restaurants = new ConcurrentHashMap<>();

    private final Map<String, List<Shopper>> shoppers = new LinkedHashMap<>();
    private final List<City.Rider> riders = new ArrayList<>();
    private Map<String, Sessions.Session> signedIn = Map.of();
    private final List<List<?>> tracked = new ArrayList<>();

    public Preparation(
            Platform platform, City city, Path feeders, Sessions sessions, int threads, Consumer<String> say) {
        this.platform = platform;
        this.city = city;
        this.feeders = feeders;
        this.sessions = sessions;
        this.threads = threads;
        this.say = say;
    }

    /** The pools for these (highest) rates: enough that nobody is reused while still busy. */
    public static Pools pools(Map<Stream, Double> rates, City city, int ridersOnline) {
        int checkout = pool(rates.get(Stream.CHECKOUT), 60, 20);
        int dispatch = pool(rates.get(Stream.DISPATCH), 60, 20);
        int cart = pool(rates.get(Stream.CART), 10, 20);
        int tracking = Math.min(2_000, pool(rates.get(Stream.TRACKING), 5, 10));
        int customers = checkout + dispatch + cart + tracking;
        int available = city.size().customers();
        if (customers > available) {
            double share = available / (double) customers;
            checkout = (int) (checkout * share);
            dispatch = (int) (dispatch * share);
            cart = (int) (cart * share);
            tracking = (int) (tracking * share);
        }
        int riders = ridersOnline;
        if (riders <= 0) {
            boolean needed = rates.containsKey(Stream.PINGS)
                    || rates.containsKey(Stream.CHECKOUT)
                    || rates.containsKey(Stream.DISPATCH)
                    || rates.containsKey(Stream.TRACKING);
            double busy = rates.getOrDefault(Stream.CHECKOUT, 0.0) + rates.getOrDefault(Stream.DISPATCH, 0.0);
            riders = needed ? (int) Math.max(50, Math.max(rates.getOrDefault(Stream.PINGS, 0.0) * 5, busy * 90)) : 0;
        }
        return new Pools(
                checkout, dispatch, cart, tracking, Math.min(riders, city.size().riders()));
    }

    private static int pool(Double rate, int seconds, int least) {
        return rate == null || rate <= 0 ? 0 : (int) Math.max(least, Math.ceil(rate * seconds));
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** Chooses the pools' customers and riders (customers whom some restaurant delivers to). */
    public void choose(Pools pools) {
        var kitchens = new ArrayList<double[]>();
        for (int i = 0; i < city.size().restaurants(); i++) {
            var r = restaurant(i);
            kitchens.add(new double[] {r.kitchen().lat(), r.kitchen().lon(), r.radiusMetres()});
        }
        int next = 0;
        var sizes = new LinkedHashMap<String, Integer>();
        sizes.put(Feeders.CHECKOUT, pools.checkout());
        sizes.put(Feeders.DISPATCH, pools.dispatch());
        sizes.put(Feeders.CART, pools.cart());
        sizes.put(Feeders.TRACKING, pools.tracking());
        for (var pool : sizes.entrySet()) {
            var chosen = new ArrayList<Shopper>();
            while (chosen.size() < pool.getValue() && next < city.size().customers()) {
                var customer = city.customer(next++);
                var random = new Random(customer.person().index());
                var near = new ArrayList<Integer>();
                for (int i = 0; i < kitchens.size(); i++) {
                    var k = kitchens.get(i);
                    if (customer.home().metresTo(new City.Place(k[0], k[1])) < k[2] * 0.9) {
                        near.add(i);
                    }
                }
                if (near.isEmpty()) {
                    continue;
                }
                var restaurant = restaurant(near.get(random.nextInt(near.size())));
                var dishes = restaurant.dishes();
                chosen.add(new Shopper(customer, restaurant.id(), dishes.get(random.nextInt(dishes.size()))));
            }
            if (chosen.size() < pool.getValue()) {
                say.accept("  warning: only " + chosen.size() + " customers for " + pool.getKey() + " (wanted "
                        + pool.getValue() + "); seed more customers");
            }
            shoppers.put(pool.getKey(), chosen);
        }
        riders.clear();
        for (int i = 0; i < pools.riders(); i++) {
            riders.add(city.rider(i));
        }
        say.accept(String.format(
                "pools: %d checkout, %d dispatch, %d cart and %d tracking customers; %d riders online",
                shoppers.get(Feeders.CHECKOUT).size(),
                shoppers.get(Feeders.DISPATCH).size(),
                shoppers.get(Feeders.CART).size(),
                shoppers.get(Feeders.TRACKING).size(),
                riders.size()));
    }

    /** Signs the pools in (or refreshes their sessions) so every access token lasts {@code mustLast}. */
    public void signIn(Duration mustLast) throws Exception {
        var emails = new ArrayList<String>();
        shoppers.values()
                .forEach(list ->
                        list.forEach(s -> emails.add(s.customer().person().email())));
        riders.forEach(r -> emails.add(r.person().email()));
        signedIn = sessions.obtain(emails, mustLast);
        var needed = Instant.now().plus(mustLast).minusSeconds(60);
        signedIn.values().stream()
                .map(Sessions.Session::expiresAt)
                .min(Comparator.naturalOrder())
                .filter(first -> first.isBefore(needed))
                .ifPresent(first -> say.accept("warning: access tokens expire at " + first + ", before the run ends;"
                        + " start user-service with a longer ACCESS_TOKEN_TTL (./platform bench does)"));
    }

    /** The riders online, as the rider app speaks for them. */
    public Map<UUID, RiderApp.Rider> riderApp() {
        var app = new HashMap<UUID, RiderApp.Rider>();
        for (var rider : riders) {
            app.put(rider.person().id(), new RiderApp.Rider(token(rider.person()), riderAddress(rider.person())));
        }
        return app;
    }

    /** Takes every rider of the pool online at their spot (again, if they are), with a fresh position. */
    public void ridersOnline() throws Exception {
        if (riders.isEmpty()) {
            return;
        }
        var failures = new ConcurrentHashMap<String, AtomicInteger>();
        parallel(riders, rider -> {
            var token = token(rider.person());
            var client = riderAddress(rider.person());
            var at = Map.of("lat", rider.spot().lat(), "lon", rider.spot().lon());
            var online = send("POST", "/api/v1/riders/me/online", token, client, Map.of("position", at));
            if (online.statusCode() != 200 && online.statusCode() != 409) {
                failures.computeIfAbsent("online " + online.statusCode(), k -> new AtomicInteger())
                        .incrementAndGet();
                return null;
            }
            var point = new LinkedHashMap<String, Object>(at);
            point.put("recordedAt", java.time.Instant.now().toString());
            point.put("accuracyMetres", 8.0);
            var position = send("POST", "/api/v1/riders/me/positions", token, client, Map.of("points", List.of(point)));
            if (position.statusCode() != 200) {
                failures.computeIfAbsent("position " + position.statusCode(), k -> new AtomicInteger())
                        .incrementAndGet();
            }
            return null;
        });
        if (!failures.isEmpty()) {
            say.accept("  riders online, failures: " + failures);
            int failed = failures.values().stream().mapToInt(AtomicInteger::get).sum();
            if (failed > riders.size() / 10) {
                throw new IllegalStateException("Too many riders could not go online: " + failures
                        + " (does delivery-service know them? ./platform bench seed publishes RiderApproved)");
            }
        }
    }

    /**
     * Ends the pool's riders' shifts, as riders do when they stop working. Riders left online fall silent, and
     * delivery-service's sweep takes them offline ten minutes later, in the middle of whatever runs next.
     */
    public void ridersOffline() throws Exception {
        if (riders.isEmpty()) {
            return;
        }
        var failures = new ConcurrentHashMap<String, AtomicInteger>();
        parallel(riders, rider -> {
            var offline = send(
                    "POST", "/api/v1/riders/me/offline", token(rider.person()), riderAddress(rider.person()), null);
            // 409: still carrying a delivery (an interrupted run's; the next run finishes it first)
            if (offline.statusCode() != 200 && offline.statusCode() != 409) {
                failures.computeIfAbsent("offline " + offline.statusCode(), k -> new AtomicInteger())
                        .incrementAndGet();
            }
            return null;
        });
        if (!failures.isEmpty()) {
            say.accept("  riders offline, failures: " + failures);
        }
    }

    /**
     * Ends the deliveries the pool's riders still carry from an interrupted run (a rider carries two at most): the
     * handoff code comes from the customer's own view of the order, found through the admin's view.
     */
    public void finishLeftovers(String adminEmail, String adminPassword) throws Exception {
        var leftovers = new ConcurrentHashMap<City.Rider, List<tools.jackson.databind.JsonNode>>();
        parallel(riders, rider -> {
            var carried = send(
                    "GET", "/api/v1/riders/me/deliveries", token(rider.person()), riderAddress(rider.person()), null);
            if (carried.statusCode() == 200) {
                var list = new ArrayList<tools.jackson.databind.JsonNode>();
                JSON.readTree(carried.body()).forEach(list::add);
                if (!list.isEmpty()) {
                    leftovers.put(rider, list);
                }
            }
            return null;
        });
        if (leftovers.isEmpty()) {
            return;
        }
        int count = leftovers.values().stream().mapToInt(List::size).sum();
        say.accept("finishing " + count + " deliveries riders of the pool still carry from an earlier run");
        var admin = sessions.obtain(List.of(adminEmail), Duration.ofMinutes(5), adminPassword)
                .get(adminEmail);
        var finished = new AtomicInteger();
        parallel(new ArrayList<>(leftovers.keySet()), rider -> {
            var token = token(rider.person());
            var client = riderAddress(rider.person());
            for (var delivery : leftovers.get(rider)) {
                var order = delivery.get("orderId").asString();
                var staffView = send("GET", "/api/v1/admin/orders/" + order, admin.accessToken(), "127.0.0.1", null);
                if (staffView.statusCode() != 200) {
                    continue;
                }
                var customerId = UUID.fromString(
                        JSON.readTree(staffView.body()).get("customerId").asString());
                long index = CityIds.indexOf(CityIds.Kind.CUSTOMER, customerId);
                if (index < 0) {
                    continue;
                }
                var customer = city.customer((int) index).person();
                var session = sessions.obtain(List.of(customer.email()), Duration.ofMinutes(5))
                        .get(customer.email());
                var own =
                        send("GET", "/api/v1/orders/" + order, session.accessToken(), customerAddress(customer), null);
                if (own.statusCode() != 200) {
                    continue;
                }
                var code = JSON.readTree(own.body()).path("handoffCode").asString("");
                var path = "/api/v1/riders/me/deliveries/" + delivery.get("id").asString();
                var status = delivery.get("status").asString();
                if (status.equals("ASSIGNED")) {
                    send("POST", path + "/arrived", token, client, Map.of());
                }
                if (status.equals("ASSIGNED") || status.equals("AT_RESTAURANT")) {
                    send("POST", path + "/picked-up", token, client, Map.of());
                }
                if (!code.isEmpty()
                        && send("POST", path + "/handoff", token, client, Map.of("code", code))
                                        .statusCode()
                                == 200) {
                    finished.incrementAndGet();
                }
            }
            return null;
        });
        say.accept("  " + finished.get() + " of " + count + " finished");
    }

    /** Places a cash order for every tracking customer and waits until delivery-service tracks it. */
    public void trackedOrders() throws Exception {
        var pool = shoppers.getOrDefault(Feeders.TRACKING, List.of());
        if (pool.isEmpty()) {
            return;
        }
        var placed = new ConcurrentHashMap<Shopper, String>();
        parallel(pool, shopper -> {
            var token = token(shopper.customer().person());
            var client = customerAddress(shopper.customer().person());
            var line = send("POST", "/api/v1/cart/lines", token, client, cartLine(shopper));
            if (line.statusCode() != 201) {
                throw new IllegalStateException(
                        "A tracking customer's cart answered " + line.statusCode() + ": " + line.body());
            }
            var order = send("POST", "/api/v1/orders", token, client, checkout(shopper, "CASH"));
            if (order.statusCode() != 201) {
                throw new IllegalStateException(
                        "A tracking customer's order answered " + order.statusCode() + ": " + order.body());
            }
            placed.put(
                    shopper, JSON.readTree(order.body()).get("order").get("id").asString());
            return null;
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        var waiting = new ArrayList<>(placed.keySet());
        while (!waiting.isEmpty() && System.nanoTime() < deadline) {
            var still = new ArrayList<Shopper>();
            for (var shopper : waiting) {
                var token = token(shopper.customer().person());
                var tracking = send(
                        "GET",
                        "/api/v1/deliveries/" + placed.get(shopper) + "/tracking",
                        token,
                        customerAddress(shopper.customer().person()),
                        null);
                if (tracking.statusCode() != 200) {
                    still.add(shopper);
                }
            }
            waiting = still;
            if (!waiting.isEmpty()) {
                TimeUnit.MILLISECONDS.sleep(500);
            }
        }
        if (!waiting.isEmpty()) {
            say.accept("  warning: " + waiting.size() + " of " + placed.size() + " tracked orders have no delivery yet;"
                    + " they are left out");
        }
        tracked.clear();
        for (var shopper : pool) {
            if (placed.containsKey(shopper) && !waiting.contains(shopper)) {
                tracked.add(List.of(
                        token(shopper.customer().person()),
                        customerAddress(shopper.customer().person()),
                        placed.get(shopper)));
            }
        }
        say.accept("  " + tracked.size() + " orders to track");
    }

    /** Reads every restaurant's menu once, straight at restaurant-service, so the run reads them from the cache. */
    public void warmMenus() throws Exception {
        var ids = new ArrayList<UUID>();
        for (int i = 0; i < city.size().restaurants(); i++) {
            ids.add(restaurant(i).id());
        }
        var failures = new AtomicInteger();
        var base = platform.service("restaurant");
        parallel(ids, id -> {
            var response = http.send(
                    HttpRequest.newBuilder(base.resolve("/api/v1/restaurants/" + id + "/menu"))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                failures.incrementAndGet();
            }
            return null;
        });
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " of " + ids.size() + " menus did not answer 200: was"
                    + " the city seeded on this platform (./platform bench seed)?");
        }
    }

    /** Writes the feeders the simulation reads (again after the sessions were refreshed). */
    public void writeFeeders() {
        var anonymous = new ArrayList<List<?>>();
        for (int i = 0; i < 20_000; i++) {
            anonymous.add(List.of("100." + (64 + (i >> 16)) + "." + ((i >> 8) & 255) + "." + (i & 255)));
        }
        Feeders.write(feeders, Feeders.ANONYMOUS, List.of("client"), anonymous);

        var ids = new ArrayList<List<?>>();
        for (int i = 0; i < city.size().restaurants(); i++) {
            ids.add(List.of(restaurant(i).id()));
        }
        Feeders.write(feeders, Feeders.RESTAURANTS, List.of("restaurantId"), ids);

        var terms = City.searchTerms();
        var random = new Random(42);
        var searches = new ArrayList<List<?>>();
        for (int i = 0; i < 2_000; i++) {
            var home = city.customer(random.nextInt(city.size().customers())).home();
            searches.add(List.of(terms.get(random.nextInt(terms.size())), home.lat(), home.lon()));
        }
        Feeders.write(feeders, Feeders.SEARCHES, List.of("q", "lat", "lon"), searches);

        var prefixes = new TreeSet<String>();
        for (var term : terms) {
            for (var word : term.split(" ")) {
                for (int n = 3; n <= Math.min(6, word.length()); n++) {
                    prefixes.add(word.substring(0, n));
                }
            }
        }
        Feeders.write(
                feeders,
                Feeders.SUGGESTIONS,
                List.of("prefix"),
                prefixes.stream().<List<?>>map(List::of).toList());

        var header = List.of(
                "token", "client", "name", "phone", "addressId", "restaurantId", "itemId", "options", "quantity");
        for (var pool : shoppers.entrySet()) {
            if (pool.getKey().equals(Feeders.TRACKING) || pool.getValue().isEmpty()) {
                continue;
            }
            var rows = new ArrayList<List<?>>();
            for (var shopper : pool.getValue()) {
                var person = shopper.customer().person();
                rows.add(List.of(
                        token(person),
                        customerAddress(person),
                        person.name(),
                        person.phone(),
                        shopper.customer().addressId(),
                        shopper.restaurantId(),
                        shopper.dish().id(),
                        String.join(
                                " ",
                                shopper.dish().requiredChoices().stream()
                                        .map(UUID::toString)
                                        .toList()),
                        2));
            }
            Feeders.write(feeders, pool.getKey(), header, rows);
        }
        if (!tracked.isEmpty()) {
            Feeders.write(feeders, Feeders.TRACKING, List.of("token", "client", "orderId"), tracked);
        }
        if (!riders.isEmpty()) {
            var rows = new ArrayList<List<?>>();
            for (var rider : riders) {
                rows.add(List.of(
                        token(rider.person()),
                        riderAddress(rider.person()),
                        rider.spot().lat(),
                        rider.spot().lon()));
            }
            Feeders.write(feeders, Feeders.RIDERS, List.of("token", "client", "lat", "lon"), rows);
        }
    }

    /** The customers of the tracking pool. */
    public List<UUID> trackingCustomers() {
        return shoppers.getOrDefault(Feeders.TRACKING, List.of()).stream()
                .map(s -> s.customer().person().id())
                .toList();
    }

    /** Whether the tracking stream has orders to read. */
    public boolean tracks() {
        return !tracked.isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------------

    private City.Restaurant restaurant(int index) {
        return restaurants.computeIfAbsent(index, city::restaurant);
    }

    private String token(City.Person person) {
        var session = signedIn.get(person.email());
        if (session == null) {
            throw new IllegalStateException(person.email() + " is not signed in");
        }
        return session.accessToken();
    }

    /** Each customer and rider has an address of their own (the gateway's per-address budget is per client). */
    static String customerAddress(City.Person person) {
        int i = person.index();
        return "10." + (64 + (i >> 16)) + "." + ((i >> 8) & 255) + "." + (i & 255);
    }

    static String riderAddress(City.Person person) {
        int i = person.index();
        return "10." + (32 + (i >> 16)) + "." + ((i >> 8) & 255) + "." + (i & 255);
    }

    private static Map<String, Object> cartLine(Shopper shopper) {
        var line = new LinkedHashMap<String, Object>();
        line.put("restaurantId", shopper.restaurantId());
        line.put("menuItemId", shopper.dish().id());
        line.put("quantity", 2);
        line.put("optionIds", shopper.dish().requiredChoices());
        line.put("replaceCart", true);
        return line;
    }

    private static Map<String, Object> checkout(Shopper shopper, String method) {
        var person = shopper.customer().person();
        return Map.of(
                "recipient",
                Map.of("name", person.name(), "phone", person.phone()),
                "addressId",
                shopper.customer().addressId(),
                "paymentMethod",
                method,
                "tipMinor",
                2000);
    }

    private HttpResponse<String> send(String method, String path, String token, String client, @Nullable Object body)
            throws Exception {
        var request = HttpRequest.newBuilder(platform.gateway().resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("X-Forwarded-For", client)
                .header("Idempotency-Key", UUID.randomUUID().toString());
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        // as an app does: a 503 (a service the request needs is briefly unavailable, while the platform works off
        // what preparation set off) is tried again with the same Idempotency-Key
        for (int attempt = 1; ; attempt++) {
            try {
                var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 503 || attempt == 5) {
                    return response;
                }
            } catch (IOException e) {
                if (attempt >= 3) {
                    throw e;
                }
            }
            TimeUnit.SECONDS.sleep(attempt);
        }
    }

    private <T> void parallel(List<T> items, ThrowingFunction<T> work) throws Exception {
        var pool = Executors.newFixedThreadPool(threads);
        try {
            var futures = new ArrayList<Future<?>>();
            for (var item : items) {
                futures.add(pool.submit((Callable<Object>) () -> work.apply(item)));
            }
            for (var future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Exception cause) {
                        throw cause;
                    }
                    throw e;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface ThrowingFunction<T> {
        Object apply(T item) throws Exception;
    }
}
