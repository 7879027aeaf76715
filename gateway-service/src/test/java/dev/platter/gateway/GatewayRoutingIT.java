package dev.platter.gateway;

import static dev.platter.gateway.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.platter.gateway.support.GatewayClient;
import dev.platter.gateway.support.GatewayTest;
import dev.platter.gateway.support.StubDownstreams;
import dev.platter.platform.test.TestTokens;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Value;

/** Every prefix of the route table reaches its service, with the token, request id and client address forwarded. */
@GatewayTest
class GatewayRoutingIT {

    @Value("${local.server.port}")
    int port;

    GatewayClient gateway;

    @BeforeEach
    void client() {
        gateway = new GatewayClient(port);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "/api/v1/auth/sessions, user",
        "/api/v1/users/me, user",
        "/api/v1/applications/riders, user",
        "/api/v1/restaurants/mine, restaurant",
        "/api/v1/kitchen/tickets, restaurant",
        "/api/v1/reviews/pending, restaurant",
        "/api/v1/cart/items, order",
        "/api/v1/orders/recent, order",
        "/api/v1/support/cases, order",
        "/api/v1/payments/methods, payment",
        "/api/v1/wallet/ledger, payment",
        "/api/v1/promotions/codes, payment",
        "/api/v1/loyalty/points, payment",
        "/api/v1/riders/me, delivery",
        "/api/v1/deliveries/offers, delivery",
        "/api/v1/notifications/inbox, notification",
        "/api/v1/search/recommendations, search",
        "/api/v1/analytics/rollups, analytics",
        "/api/v1/admin/users/all, user",
        "/api/v1/admin/applications/pending, user",
        "/api/v1/admin/restaurants/all, restaurant",
        "/api/v1/admin/reviews/flagged, restaurant",
        "/api/v1/admin/orders/all, order",
        "/api/v1/admin/support/open, order",
        "/api/v1/admin/payments/all, payment",
        "/api/v1/admin/promotions/all, payment",
        "/api/v1/admin/wallets/all, payment",
        "/api/v1/admin/riders/all, delivery",
        "/api/v1/admin/deliveries/unassignable, delivery",
        "/api/v1/admin/notifications/log, notification",
        "/api/v1/admin/search/reindex, search",
        "/api/v1/admin/analytics/daily, analytics"
    })
    void routesEachPrefixToTheServiceThatOwnsIt(String prefix, String service) {
        var path = prefix + "/" + UUID.randomUUID();
        var token = TestTokens.forRoles("CUSTOMER", "ADMIN");
        var client = GatewayClient.freshAddress();

        var response = gateway.send(gateway.request(path + "?page=2")
                .header("Authorization", "Bearer " + token)
                .header("X-Forwarded-For", client));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"service\":\"" + service + "\"");
        var received = StubDownstreams.of(service).receivedAt(path);
        assertThat(received).hasSize(1);
        var request = received.get(0);
        assertThat(request.uri()).isEqualTo(path + "?page=2");
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + token);
        assertThat(request.header("X-Request-Id"))
                .isNotBlank()
                .isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
        assertThat(request.header("X-Forwarded-For")).isEqualTo(client);
        StubDownstreams.SERVICES.stream()
                .filter(other -> !other.equals(service))
                .forEach(other -> assertThat(StubDownstreams.of(other).receivedAt(path))
                        .as(other)
                        .isEmpty());
    }

    @Test
    void servesTheJwksOfUserServiceWithoutAToken() {
        var response = gateway.get("/.well-known/jwks.json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(StubDownstreams.of("user").receivedAt("/.well-known/jwks.json"))
                .isNotEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "POST, /api/v1/auth/register, user",
        "POST, /api/v1/auth/login, user",
        "POST, /api/v1/auth/refresh, user",
        "POST, /api/v1/auth/logout, user",
        "GET, /api/v1/restaurants/near, restaurant",
        "GET, /api/v1/restaurants, restaurant",
        "GET, /api/v1/search/restaurants, search",
    })
    void letsPublicPathsThroughWithoutAToken(String method, String path, String service) {
        var marker = UUID.randomUUID().toString();
        var response = gateway.send(gateway.request(path + "?marker=" + marker)
                .method(method, HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(StubDownstreams.of(service).received())
                .anySatisfy(request -> assertThat(request.uri()).isEqualTo(path + "?marker=" + marker));
    }

    @Test
    void passesTheStripeWebhookWithItsSignatureAndNoToken() {
        var event = "{\"id\":\"evt_" + UUID.randomUUID() + "\",\"type\":\"payment_intent.succeeded\"}";

        var response = gateway.send(gateway.request("/webhooks/stripe")
                .POST(HttpRequest.BodyPublishers.ofString(event))
                .header("Content-Type", "application/json")
                .header("Stripe-Signature", "t=1,v1=abc"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(StubDownstreams.of("payment").receivedAt("/webhooks/stripe")).anySatisfy(request -> {
            assertThat(request.body()).isEqualTo(event);
            assertThat(request.header("Stripe-Signature")).isEqualTo("t=1,v1=abc");
            assertThat(request.header("Authorization")).isNull();
        });
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "GET, /api/v1/orders/recent",
        "GET, /api/v1/search/recommendations",
        "POST, /api/v1/restaurants",
        "POST, /api/v1/auth/sessions",
        "GET, /api/v1/users/me",
        "GET, /ws",
    })
    void refusesEverythingElseWithoutAToken(String method, String path) {
        var response = gateway.send(gateway.request(path).method(method, HttpRequest.BodyPublishers.noBody()));

        assertProblem(response, 401, "unauthenticated");
    }

    @Test
    void keepsTheAdminAreasToAdmins() {
        var path = "/api/v1/admin/orders/" + UUID.randomUUID();

        var response = gateway.get(path, TestTokens.forRoles("CUSTOMER"));

        assertProblem(response, 403, "forbidden");
        assertThat(StubDownstreams.of("order").receivedAt(path)).isEmpty();
    }

    @Test
    void answersAnUnknownRouteWithNotFound() {
        var response = gateway.get("/api/v1/nowhere/" + UUID.randomUUID(), TestTokens.forRoles("CUSTOMER"));

        assertProblem(response, 404, "not-found");
    }

    @ParameterizedTest
    @CsvSource({"/internal/tokens", "/internal/users/1/addresses/2", "/internal/restaurants/export", "/internal"})
    void neverRoutesInternalPaths(String path) {
        var anonymous = gateway.send(gateway.request(path).POST(HttpRequest.BodyPublishers.ofString("{}")));
        var withService = gateway.get(path, TestTokens.forRoles("SERVICE"));

        assertProblem(anonymous, 404, "not-found");
        assertProblem(withService, 404, "not-found");
        StubDownstreams.SERVICES.forEach(
                service -> assertThat(StubDownstreams.of(service).received())
                        .noneSatisfy(request -> assertThat(request.path()).contains("internal")));
    }

    @ParameterizedTest
    @CsvSource({
        "/api/v1/orders/../../internal/tokens",
        "/api/v1/orders/..%2F..%2Finternal/tokens",
        "/api/v1/orders/%2e%2e/%2e%2e/internal/tokens",
        "/api/v1/orders;/../../internal/tokens"
    })
    void refusesPathTricksTowardsInternalPaths(String path) {
        var response = gateway.send(gateway.request("/")
                .uri(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + TestTokens.forRoles("SERVICE")));

        assertThat(response.statusCode()).isIn(400, 404);
        StubDownstreams.SERVICES.forEach(
                service -> assertThat(StubDownstreams.of(service).received())
                        .noneSatisfy(request -> assertThat(request.path()).contains("internal")));
    }

    @Test
    void forwardsOnlyTheClientAddressItTrusts() {
        var path = "/api/v1/orders/" + UUID.randomUUID();
        var client = GatewayClient.freshAddress();

        gateway.send(gateway.request(path)
                .header("Authorization", "Bearer " + TestTokens.forRoles("CUSTOMER"))
                .setHeader("X-Forwarded-For", "6.6.6.6, " + client));

        assertThat(StubDownstreams.of("order").receivedAt(path).get(0).header("X-Forwarded-For"))
                .isEqualTo(client);
    }

    @Test
    void keepsTheCallersRequestIdAndReturnsIt() {
        var path = "/api/v1/orders/" + UUID.randomUUID();

        var response = gateway.send(gateway.request(path)
                .header("Authorization", "Bearer " + TestTokens.forRoles("CUSTOMER"))
                .header("X-Request-Id", "checkout-42"));

        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("checkout-42");
        assertThat(StubDownstreams.of("order").receivedAt(path).get(0).header("X-Request-Id"))
                .isEqualTo("checkout-42");
    }

    @Test
    void aggregatesTheOpenApiOfEveryService() {
        var config = gateway.get("/v3/api-docs/swagger-config");
        assertThat(config.statusCode()).as(config.body()).isEqualTo(200);
        StubDownstreams.SERVICES.forEach(
                service -> assertThat(config.body()).contains("\"url\":\"/v3/api-docs/" + service + "\""));

        var before = StubDownstreams.of("order").receivedAt("/v3/api-docs").size();
        var docs = gateway.get("/v3/api-docs/order");

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("\"service\":\"order\"");
        assertThat(StubDownstreams.of("order").receivedAt("/v3/api-docs")).hasSize(before + 1);
        assertThat(gateway.get("/swagger-ui.html").statusCode()).isIn(200, 302);
    }

    @Test
    void proxiesWebSocketsToTheNotificationHub() throws Exception {
        var messages = new CompletableFuture<String>();
        var token = TestTokens.forRoles("CUSTOMER");
        var socket = GatewayClient.http()
                .newWebSocketBuilder()
                .header("Authorization", "Bearer " + token)
                .connectTimeout(Duration.ofSeconds(5))
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        messages.complete(data.toString());
                        return null;
                    }
                })
                .get(10, TimeUnit.SECONDS);
        try {
            socket.sendText("subscribe order 42", true).get(5, TimeUnit.SECONDS);

            assertThat(messages.get(10, TimeUnit.SECONDS)).isEqualTo("notification:subscribe order 42");
            assertThat(StubDownstreams.of("notification").receivedAt("/ws"))
                    .anySatisfy(handshake ->
                            assertThat(handshake.header("Authorization")).isEqualTo("Bearer " + token));
        } finally {
            socket.abort();
        }
    }

    @Test
    void refusesAWebSocketWithoutAToken() {
        var before = StubDownstreams.of("notification").receivedAt("/ws").size();
        var handshake = GatewayClient.http()
                .newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), new WebSocket.Listener() {});

        assertThat(handshake)
                .failsWithin(Duration.ofSeconds(10))
                .withThrowableOfType(ExecutionException.class)
                .havingCause()
                .isInstanceOfSatisfying(WebSocketHandshakeException.class, refused -> assertThat(
                                refused.getResponse().statusCode())
                        .isEqualTo(401));
        assertThat(StubDownstreams.of("notification").receivedAt("/ws")).hasSize(before);
    }

    @Test
    void acceptsTheTokenOfABrowserWebSocketAsAQueryParameter() throws Exception {
        var token = TestTokens.forRoles("CUSTOMER");
        var socket = GatewayClient.http()
                .newWebSocketBuilder()
                .buildAsync(
                        URI.create("ws://127.0.0.1:" + port + "/ws?access_token=" + token), new WebSocket.Listener() {})
                .get(10, TimeUnit.SECONDS);
        try {
            await().untilAsserted(() -> assertThat(
                            StubDownstreams.of("notification").receivedAt("/ws"))
                    .anySatisfy(handshake -> assertThat(handshake.uri()).contains(token)));
        } finally {
            socket.abort();
        }
    }
}
