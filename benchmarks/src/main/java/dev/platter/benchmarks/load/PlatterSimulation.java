package dev.platter.benchmarks.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Platter under an open workload: every stream of the {@link Plan} injects arrivals at its own rate (Poisson
 * arrivals, independent of how fast the platform answers, so a slow answer never holds the next request back), first
 * ramping up through the warm-up (reported apart, as "(warm-up)"), then at the full rate for the measured duration.
 * Every request goes through the gateway, as the apps' would (but "menu (direct ...)", which shows what the gateway
 * adds), with the client's own address in {@code X-Forwarded-For} (the gateway trusts the load generator as the proxy
 * in front of it, so each client has its own rate-limit budget).
 */
public class PlatterSimulation extends Simulation {

    private static final String WARM_UP = " (warm-up)";
    private static final Set<String> PLACED_OR_LATER =
            Set.of("PLACED", "ACCEPTED", "PREPARING", "READY_FOR_PICKUP", "PICKED_UP", "DELIVERED");

    private final Plan plan = Plan.current();
    private final Feeders feeders = new Feeders(plan.feeders());

    public PlatterSimulation() {
        var gateway = protocol(plan.gateway().toString());
        var direct = protocol(plan.restaurantService().toString());
        var populations = new ArrayList<PopulationBuilder>();
        plan.rates().forEach((stream, rate) -> {
            if (rate <= 0) {
                return;
            }
            var protocol = stream == Stream.MENU_DIRECT ? direct : gateway;
            if (!plan.warmUp().isZero()) {
                populations.add(scenario(stream.key() + WARM_UP)
                        .exec(chain(stream, WARM_UP))
                        .injectOpen(rampUsersPerSec(Math.max(0.1, rate / 10))
                                .to(rate)
                                .during(plan.warmUp())
                                .randomized())
                        .protocols(protocol));
            }
            populations.add(scenario(stream.key())
                    .exec(chain(stream, ""))
                    .injectOpen(
                            nothingFor(plan.warmUp()),
                            constantUsersPerSec(rate).during(plan.duration()).randomized())
                    .protocols(protocol));
        });
        setUp(populations).maxDuration(plan.warmUp().plus(plan.duration()).plus(Duration.ofMinutes(2)));
    }

    @Override
    public void before() {
        try {
            Files.writeString(plan.started(), Long.toString(System.currentTimeMillis()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpProtocolBuilder protocol(String base) {
        return http.baseUrl(base)
                .acceptHeader("application/json")
                .userAgentHeader("Platter load test")
                .disableCaching()
                // one pool for every virtual user, as a load balancer keeps its connections to the gateway: an open
                // workload would otherwise open (and leave in TIME_WAIT) a connection per arrival
                .shareConnections()
                .maxConnectionsPerHost(plan.maxConnections());
    }

    private ChainBuilder chain(Stream stream, String phase) {
        return switch (stream) {
            case MENU, MENU_DIRECT -> menu(stream.measured() + phase);
            case SEARCH -> search(phase);
            case SUGGEST -> suggest(phase);
            case CART -> cart(phase);
            case CHECKOUT -> checkout(phase);
            case DISPATCH -> cashOrder(phase);
            case TRACKING -> tracking(phase);
            case PINGS, KEEP_ALIVE -> ping(stream.measured() + phase);
        };
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Browsing
    // ---------------------------------------------------------------------------------------------------------------

    private ChainBuilder menu(String name) {
        return feed(feeders.random(Feeders.RESTAURANTS))
                .feed(feeders.random(Feeders.ANONYMOUS))
                .exec(http(name)
                        .get("/api/v1/restaurants/#{restaurantId}/menu")
                        .header("X-Forwarded-For", "#{client}")
                        .check(status().is(200)));
    }

    private ChainBuilder search(String phase) {
        return feed(feeders.random(Feeders.SEARCHES))
                .feed(feeders.random(Feeders.ANONYMOUS))
                .exec(http("search" + phase)
                        .get("/api/v1/search/restaurants")
                        .queryParam("q", "#{q}")
                        .queryParam("lat", "#{lat}")
                        .queryParam("lon", "#{lon}")
                        .queryParam("size", "20")
                        .header("X-Forwarded-For", "#{client}")
                        .check(status().is(200)));
    }

    private ChainBuilder suggest(String phase) {
        return feed(feeders.random(Feeders.SUGGESTIONS))
                .feed(feeders.random(Feeders.ANONYMOUS))
                .exec(http("suggest" + phase)
                        .get("/api/v1/search/suggest")
                        .queryParam("prefix", "#{prefix}")
                        .header("X-Forwarded-For", "#{client}")
                        .check(status().is(200)));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Customers
    // ---------------------------------------------------------------------------------------------------------------

    /** The customer's cart becomes one dish of their restaurant (a new line, replacing what was there). */
    private static ChainBuilder addToCart(String name) {
        return exec(http(name)
                .post("/api/v1/cart/lines")
                .header("Authorization", "Bearer #{token}")
                .header("X-Forwarded-For", "#{client}")
                .body(StringBody(PlatterSimulation::cartLine))
                .asJson()
                .check(status().is(201)));
    }

    private static String cartLine(Session session) {
        var options = session.getString("options");
        var ids = options == null || options.isBlank() ? "" : "\"" + String.join("\",\"", options.split(" ")) + "\"";
        return "{\"restaurantId\":\"" + session.getString("restaurantId") + "\",\"menuItemId\":\""
                + session.getString("itemId") + "\",\"quantity\":" + session.getString("quantity") + ",\"optionIds\":["
                + ids + "],\"replaceCart\":true}";
    }

    private ChainBuilder cart(String phase) {
        return feed(feeders.circular(Feeders.CART)).exec(addToCart("cart update" + phase));
    }

    private static ChainBuilder placeOrder(String name, String method) {
        return exec(http(name)
                .post("/api/v1/orders")
                .header("Authorization", "Bearer #{token}")
                .header("X-Forwarded-For", "#{client}")
                .header("Idempotency-Key", "#{randomUuid()}")
                .body(StringBody("{\"recipient\":{\"name\":\"#{name}\",\"phone\":\"#{phone}\"},"
                        + "\"addressId\":\"#{addressId}\",\"paymentMethod\":\"" + method + "\",\"tipMinor\":2000}"))
                .asJson()
                .check(status().is(201))
                .check(jsonPath("$.order.id").saveAs("orderId"))
                .check(jsonPath("$.payment.clientSecret").optional().saveAs("clientSecret")));
    }

    private ChainBuilder checkout(String phase) {
        return feed(feeders.circular(Feeders.CHECKOUT))
                .group("checkout (cart to PLACED)" + phase)
                .on(addToCart("checkout: add to cart" + phase)
                        .exitHereIfFailed()
                        .exec(placeOrder("checkout: place order (card)" + phase, "CARD"))
                        .exitHereIfFailed()
                        .exec(session -> {
                            var secret = session.getString("clientSecret");
                            return secret == null
                                    ? session.markAsFailed()
                                    : session.set("intentId", secret.substring(0, secret.indexOf("_secret_")));
                        })
                        .exitHereIfFailed()
                        // the app confirms the card with Stripe (here the sandbox), as Stripe.js does
                        .exec(http("checkout: confirm card (sandbox)" + phase)
                                .post(session -> plan.stripeApiBase() + "/v1/payment_intents/"
                                        + session.getString("intentId") + "/confirm")
                                .header("Authorization", "Bearer " + plan.stripeKey())
                                .formParam("payment_method", "pm_card_visa")
                                .check(status().is(200))
                                .check(jsonPath("$.status").is("requires_capture")))
                        .exitHereIfFailed()
                        // then follows the order until the signed webhook has made it PLACED
                        .exec(session ->
                                session.set("status", "PENDING_PAYMENT").set("polls", 0))
                        .asLongAs(session -> !PLACED_OR_LATER.contains(session.getString("status"))
                                && session.getInt("polls") < plan.maxPolls())
                        .on(pause(plan.pollInterval())
                                .exec(http("checkout: order status (poll)" + phase)
                                        .get("/api/v1/orders/#{orderId}")
                                        .header("Authorization", "Bearer #{token}")
                                        .header("X-Forwarded-For", "#{client}")
                                        .check(status().is(200))
                                        .check(jsonPath("$.status").saveAs("status")))
                                .exec(session -> session.set("polls", session.getInt("polls") + 1)))
                        .exec(session -> PLACED_OR_LATER.contains(session.getString("status"))
                                ? session
                                : session.markAsFailed()));
    }

    /** A cash order: accepted by the kitchen at once and dispatched; the rider app takes it from there. */
    private ChainBuilder cashOrder(String phase) {
        return feed(feeders.circular(Feeders.DISPATCH))
                .exec(addToCart("dispatch: add to cart" + phase))
                .exitHereIfFailed()
                .exec(placeOrder("dispatch: place order (cash)" + phase, "CASH"));
    }

    private ChainBuilder tracking(String phase) {
        return feed(feeders.circular(Feeders.TRACKING))
                .exec(http("tracking" + phase)
                        .get("/api/v1/deliveries/#{orderId}/tracking")
                        .header("Authorization", "Bearer #{token}")
                        .header("X-Forwarded-For", "#{client}")
                        .check(status().is(200)));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Riders
    // ---------------------------------------------------------------------------------------------------------------

    /** The rider's position: a few metres from their spot (a plausible move since their last report). */
    private ChainBuilder ping(String name) {
        return feed(feeders.circular(Feeders.RIDERS))
                .exec(http(name)
                        .post("/api/v1/riders/me/positions")
                        .header("Authorization", "Bearer #{token}")
                        .header("X-Forwarded-For", "#{client}")
                        .body(StringBody(PlatterSimulation::position))
                        .asJson()
                        .check(status().is(200)));
    }

    private static String position(Session session) {
        var random = ThreadLocalRandom.current();
        double lat = Double.parseDouble(session.getString("lat")) + (random.nextDouble() - 0.5) * 0.0001;
        double lon = Double.parseDouble(session.getString("lon")) + (random.nextDouble() - 0.5) * 0.0001;
        return "{\"points\":[{\"lat\":" + lat + ",\"lon\":" + lon + ",\"recordedAt\":\"" + Instant.now()
                + "\",\"accuracyMetres\":8.0,\"speedMetresPerSecond\":4.5}]}";
    }
}
