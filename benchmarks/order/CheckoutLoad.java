import com.sun.net.httpserver.HttpServer;
import dev.platter.platform.test.TestTokens;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Checkout through the gateway at fixed arrival rates (open model: latency from each request's scheduled start, as
 * benchmarks/gateway/FixedRateLoad.java measures), every request a different customer with a filled cart and a new
 * Idempotency-Key: gateway (token, rate limit, route) → order-service (cart from Redis, restaurant-service's quote,
 * order + OrderCreated + payment expiry in one transaction, payment-service's payment) → 201.
 *
 * <p>It stands in for user-service: it serves the signing keys every service trusts and order-service's service
 * token ({@code POST /internal/tokens}); checkout is given the drop-off coordinates, so user-service is not on its path.
 * Before the timed runs it counts, through benchmarks/order/StatementCounter.java in front of order-service's
 * database, the SQL statements of sequential checkouts (CARD, so no authorisation follows and only checkout's own
 * statements are counted).
 *
 * <p>Usage: {@code java -cp <FixedRateLoad compiled>:<platform-test classpath> CheckoutLoad.java <hand-shake file>
 * <tokens port> <gateway url> <order-service url> <restaurant-service url> <statement counter url>
 * <counted checkouts> <warm-up> <requests per step> <rate...>}. It writes {@code jwks=} to the hand-shake file, then
 * waits for a line on standard input (the services are up).
 */
public class CheckoutLoad {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final FixedRateLoad LOAD = new FixedRateLoad(32);

    private record Customer(UUID id, String token) {}

    public static void main(String[] args) {
        int status = 1;
        try {
            run(args);
            status = 0;
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            System.exit(status); // the token server's threads would keep the JVM alive
        }
    }

    private static void run(String[] args) throws Exception {
        var handshake = Path.of(args[0]);
        int tokensPort = Integer.parseInt(args[1]);
        var gateway = args[2];
        var orders = args[3];
        var restaurants = args[4];
        var counter = args[5];
        int counted = Integer.parseInt(args[6]);
        int warmUp = Integer.parseInt(args[7]);
        int count = Integer.parseInt(args[8]);
        var rates = java.util.Arrays.stream(args, 9, args.length).mapToInt(Integer::parseInt).toArray();

        serveServiceTokens(tokensPort);
        Files.writeString(handshake, "jwks=" + TestTokens.jwksUri() + "\n");
        new BufferedReader(new InputStreamReader(System.in)).readLine();

        var owner = TestTokens.forUser(UUID.randomUUID(), "RESTAURANT_OWNER");
        var restaurant = restaurant(restaurants, owner);
        var item = item(restaurants, owner, restaurant);
        Files.writeString(handshake, "restaurant=" + restaurant + "\n", StandardOpenOption.APPEND);

        // SQL statements of one checkout, from sequential CARD checkouts once the service is warm
        var sequential = customers(orders, restaurant, item, counted + 20);
        for (int i = 0; i < 20; i++) { // warming up: a cold first call may time out
            HTTP.send(checkout(gateway, sequential.get(i), "CARD"), HttpResponse.BodyHandlers.discarding());
        }
        quiet(counter);
        var before = counts(counter);
        for (int i = 20; i < sequential.size(); i++) {
            expect201(HTTP.send(checkout(gateway, sequential.get(i), "CARD"), HttpResponse.BodyHandlers.ofString()));
        }
        quiet(counter);
        var after = counts(counter);
        var perCheckout = new StringBuilder();
        long total = 0;
        for (var kind : after.keySet()) {
            long used = after.get(kind) - before.getOrDefault(kind, 0L);
            total += used;
            perCheckout.append(String.format(" %s=%.1f", kind, used / (double) counted));
        }
        System.out.printf("SQL statements per checkout (order-service, mean of %d): %.1f (%s )%n",
                counted, total / (double) counted, perCheckout.toString().strip());

        for (int rate : rates) {
            var warm = customers(orders, restaurant, item, warmUp);
            LOAD.run(i -> checkout(gateway, warm.get(i), "CASH"), rate, warmUp, status -> status == 201);
            var measured = customers(orders, restaurant, item, count);
            var result = LOAD.run(i -> checkout(gateway, measured.get(i), "CASH"), rate, count, s -> s == 201);
            System.out.println(result.describe("checkout (CASH) through the gateway", rate));
        }
    }

    /** order-service's client credentials call, answered with a service token every service here trusts. */
    private static void serveServiceTokens(int port) throws Exception {
        var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/internal/tokens", exchange -> {
            exchange.getRequestBody().readAllBytes();
            var body = ("{\"accessToken\":\"" + TestTokens.forRoles("SERVICE")
                            + "\",\"tokenType\":\"Bearer\",\"expiresIn\":900}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    private static String restaurant(String base, String owner) throws Exception {
        var days = new ArrayList<String>();
        for (var day : java.time.DayOfWeek.values()) {
            days.add("{\"day\":\"" + day + "\",\"opens\":\"00:00\",\"closes\":\"00:00\"}");
        }
        var id = id(send(base + "/api/v1/restaurants", owner, """
                {"name":"Bench Dosa Corner","cuisines":["South Indian"],
                 "address":{"line1":"1 MG Road","city":"Bengaluru","countryCode":"IN","lat":12.9716,"lon":77.5946},
                 "phone":"+91 80 4000 1234","currency":"INR","zoneId":"Asia/Kolkata","deliveryRadiusMetres":8000,
                 "minimumOrder":{"amountMinor":19900,"currency":"INR"},
                 "packagingCharge":{"amountMinor":2000,"currency":"INR"},"averagePrepMinutes":20,
                 "openingHours":[%s]}
                """.formatted(String.join(",", days))));
        send(base + "/api/v1/admin/restaurants/" + id + "/approve", TestTokens.forRoles("ADMIN"), "{}");
        return id;
    }

    private static String item(String base, String owner, String restaurant) throws Exception {
        var category = id(send(
                base + "/api/v1/restaurants/" + restaurant + "/menu/categories", owner, "{\"name\":\"Dosas\"}"));
        return id(send(base + "/api/v1/restaurants/" + restaurant + "/menu/categories/" + category + "/items", owner, """
                {"name":"Masala Dosa","description":"Crisp rice crepe, spiced potato, sambar and chutney",
                 "price":{"amountMinor":14900,"currency":"INR"},"diet":"VEG","allergens":[]}
                """));
    }

    /** {@code n} customers, each with two Masala Dosas in the cart (put there straight at order-service). */
    private static List<Customer> customers(String orders, String restaurant, String item, int n) throws Exception {
        var customers = new ArrayList<Customer>();
        for (int i = 0; i < n; i++) {
            var id = UUID.randomUUID();
            customers.add(new Customer(id, TestTokens.forUser(id, "CUSTOMER")));
        }
        var pool = Executors.newFixedThreadPool(8);
        var line = "{\"restaurantId\":\"" + restaurant + "\",\"menuItemId\":\"" + item + "\",\"quantity\":2}";
        var added = customers.stream()
                .map(customer -> pool.submit(() -> send(orders + "/api/v1/cart/lines", customer.token(), line)))
                .toList();
        for (var future : added) {
            future.get();
        }
        pool.shutdown();
        return customers;
    }

    private static HttpRequest checkout(String gateway, Customer customer, String method) {
        return HttpRequest.newBuilder(URI.create(gateway + "/api/v1/orders"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + customer.token())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"recipient":{"name":"Asha Rao","phone":"+919812345678"},
                         "deliveryAddress":{"line1":"4 Residency Road","city":"Bengaluru","postalCode":"560025",
                                            "countryCode":"IN","lat":12.9667,"lon":77.6050},
                         "paymentMethod":"%s","tipMinor":2000}
                        """.formatted(method)))
                .build();
    }

    private static void expect201(HttpResponse<String> response) {
        if (response.statusCode() != 201) {
            throw new IllegalStateException("checkout answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** Waits until the counted statements stop growing for a second: the outbox has marked its publications done. */
    private static void quiet(String counter) throws Exception {
        var last = counts(counter);
        for (int stable = 0; stable < 5; ) {
            TimeUnit.MILLISECONDS.sleep(200);
            var now = counts(counter);
            stable = now.equals(last) ? stable + 1 : 0;
            last = now;
        }
    }

    private static java.util.Map<String, Long> counts(String counter) throws Exception {
        var body = HTTP.send(HttpRequest.newBuilder(URI.create(counter)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        var counts = new java.util.TreeMap<String, Long>();
        var inner = body.substring(1, body.length() - 1).strip();
        if (!inner.isEmpty()) {
            for (var pair : inner.split(",\\s*")) {
                var parts = pair.split("=");
                counts.put(parts[0], Long.parseLong(parts[1]));
            }
        }
        return counts;
    }

    private static String id(String body) {
        var matcher = ID.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("no id in " + body);
        }
        return matcher.group(1);
    }

    /** A set-up call; retried when a kept-alive connection the service has just closed fails it. */
    private static String send(String url, String token, String body) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return sendOnce(url, token, body);
            } catch (java.io.IOException closed) {
                if (attempt == 3) {
                    throw closed;
                }
            }
        }
    }

    private static String sendOnce(String url, String token, String body) throws Exception {
        var response = HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + url + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }
}
