package dev.platter.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jwt.SignedJWT;
import dev.platter.gateway.support.GatewayClient;
import dev.platter.platform.test.ServiceProcess;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway jar in front of the real user-service jar, both processes of this run on the real Postgres and Redis:
 * a person signs up, signs in, refreshes, uses and ends a session, every call through the gateway, which trusts only
 * the keys user-service publishes. Also through the gateway: refresh-token reuse, key rotation, login throttling,
 * suspension, and other people's data and internal endpoints out of reach.
 */
class GatewayWithUserServiceIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN_EMAIL = "ops@platter.test";
    private static final String ADMIN_PASSWORD = "correct-horse-battery-staple";
    private static final String PASSWORD = "paneer-tikka-2026";

    private static ServiceProcess users;
    private static ServiceProcess gateway;

    @BeforeAll
    static void start() {
        users = ServiceProcess.jar("user-service", "platter_user")
                .property("platter.users.bootstrap-admin.email", ADMIN_EMAIL)
                .property("platter.users.bootstrap-admin.password", ADMIN_PASSWORD)
                .property("platter.users.signing-keys.publish-ahead", "0s")
                .property("platter.users.login-throttle.window", "3s")
                .property("platter.users.login-throttle.max-failures-per-account", "3")
                .property("platter.security.suspension-cache-ttl", "1s")
                .start();
        gateway = ServiceProcess.jar("gateway-service", null)
                .property("platter.gateway.services.user.uri", users.uri("").toString())
                .property(
                        "platter.security.jwks-uri",
                        users.uri("/.well-known/jwks.json").toString())
                // this class signs in many times from one address; the gateway's own login budget has its own IT
                .property("platter.gateway.rate-limits.auth.requests", "1000")
                .property("platter.security.suspension-cache-ttl", "1s")
                .start();
    }

    @AfterAll
    static void stop() {
        if (gateway != null) {
            gateway.close();
        }
        if (users != null) {
            users.close();
        }
    }

    @Test
    void registersSignsInRefreshesUsesAndSignsOut() {
        var email = "asha." + UUID.randomUUID() + "@platter.test";
        var registered = post(
                "/api/v1/auth/register",
                null,
                Map.of("email", email, "password", "masala-dosa-2026", "name", "Asha Rao", "phone", "+919812345678"));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);

        var login = tokens(post("/api/v1/auth/login", null, Map.of("email", email, "password", "masala-dosa-2026")));
        var me = get("/api/v1/users/me", access(login));
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json(me).get("email").asString()).isEqualTo(email);
        assertThat(me.headers().firstValue("X-Request-Id")).isPresent();
        assertThat(get("/api/v1/users/me", null).statusCode()).isEqualTo(401);

        var refreshed = tokens(post("/api/v1/auth/refresh", null, Map.of("refreshToken", refresh(login))));
        assertThat(get("/api/v1/users/me", access(refreshed)).statusCode()).isEqualTo(200);

        var logout = post("/api/v1/auth/logout", null, Map.of("refreshToken", refresh(refreshed)));
        assertThat(logout.statusCode()).as(logout.body()).isEqualTo(204);
        var afterLogout = post("/api/v1/auth/refresh", null, Map.of("refreshToken", refresh(refreshed)));
        assertThat(afterLogout.statusCode()).isEqualTo(401);
        assertThat(afterLogout.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void reusingASpentRefreshTokenEndsTheWholeSession() {
        var first = signIn(register());
        var second = tokens(post("/api/v1/auth/refresh", null, Map.of("refreshToken", refresh(first))));

        var replay = post("/api/v1/auth/refresh", null, Map.of("refreshToken", refresh(first)));
        assertThat(replay.statusCode()).isEqualTo(401);

        var successor = post("/api/v1/auth/refresh", null, Map.of("refreshToken", refresh(second)));
        assertThat(successor.statusCode()).as("the family was revoked").isEqualTo(401);
    }

    @Test
    void picksUpARotatedKeyAtOnceAndKeepsOldTokensValid() {
        var email = register();
        var before = access(signIn(email));
        var admin = access(signIn(ADMIN_EMAIL, ADMIN_PASSWORD));

        var rotated = post("/api/v1/admin/users/signing-keys/rotate", admin, Map.of());
        assertThat(rotated.statusCode()).as(rotated.body()).isBetween(200, 204);
        var after = access(signIn(email));

        assertThat(kid(after)).as("the new key signs").isNotEqualTo(kid(before));
        assertThat(get("/api/v1/users/me", after).statusCode())
                .as("the gateway fetches the JWKS again for an unknown kid")
                .isEqualTo(200);
        assertThat(get("/api/v1/users/me", before).statusCode())
                .as("tokens of the old key stay valid until they expire")
                .isEqualTo(200);
    }

    @Test
    void throttlesRepeatedFailedLoginsAndLiftsAfterTheWindow() {
        var email = register();
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(login(email, "wrong-" + attempt).statusCode()).isEqualTo(401);
        }

        var throttled = login(email, PASSWORD);
        assertThat(throttled.statusCode()).as("even the right password waits").isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        assertThat(json(throttled).get("type").asString()).isEqualTo("https://platter.dev/problems/rate-limited");

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(login(email, PASSWORD).statusCode()).isEqualTo(200));
    }

    @Test
    void locksASuspendedUserOutAtTheGateway() {
        var token = access(signIn(register()));
        var userId = json(get("/api/v1/users/me", token)).get("id").asString();
        var admin = access(signIn(ADMIN_EMAIL, ADMIN_PASSWORD));

        var suspended = post("/api/v1/admin/users/" + userId + "/suspend", admin, Map.of("reason", "chargeback fraud"));
        assertThat(suspended.statusCode()).as(suspended.body()).isBetween(200, 204);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() ->
                        assertThat(get("/api/v1/users/me", token).statusCode()).isEqualTo(401));
    }

    @Test
    void keepsInternalEndpointsAndOtherPeoplesDataOutOfReach() {
        var token = access(signIn(register()));
        var other = access(signIn(register()));
        var address = post(
                "/api/v1/users/me/addresses",
                other,
                Map.of(
                        "label", "Home",
                        "line1", "12 MG Road",
                        "city", "Bengaluru",
                        "postcode", "560001",
                        "lat", 12.9716,
                        "lon", 77.5946));
        assertThat(address.statusCode()).as(address.body()).isEqualTo(201);
        var addressId = json(address).get("id").asString();
        var otherId = json(get("/api/v1/users/me", other)).get("id").asString();

        assertThat(get("/api/v1/users/me/addresses/" + addressId, token).statusCode())
                .as("someone else's address")
                .isEqualTo(404);
        assertThat(get("/api/v1/users/me/addresses/" + addressId, other).statusCode())
                .isEqualTo(200);
        assertThat(get("/internal/users/" + otherId + "/addresses/" + addressId, token)
                        .statusCode())
                .isEqualTo(404);
        assertThat(get("/api/v1/admin/users/" + otherId, token).statusCode()).isEqualTo(403);
    }

    private static String register() {
        var email = "ravi." + UUID.randomUUID() + "@platter.test";
        var registered = post(
                "/api/v1/auth/register",
                null,
                Map.of("email", email, "password", PASSWORD, "name", "Ravi Kumar", "phone", "+919876543210"));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        return email;
    }

    private static JsonNode signIn(String email) {
        return signIn(email, PASSWORD);
    }

    private static JsonNode signIn(String email, String password) {
        return tokens(login(email, password));
    }

    private static HttpResponse<String> login(String email, String password) {
        return post("/api/v1/auth/login", null, Map.of("email", email, "password", password));
    }

    private static JsonNode tokens(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var tokens = json(response);
        assertThat(tokens.get("accessToken").asString()).isNotBlank();
        assertThat(tokens.get("refreshToken").asString()).isNotBlank();
        return tokens;
    }

    private static String access(JsonNode tokens) {
        return tokens.get("accessToken").asString();
    }

    private static String refresh(JsonNode tokens) {
        return tokens.get("refreshToken").asString();
    }

    private static String kid(String token) {
        try {
            return SignedJWT.parse(token).getHeader().getKeyID();
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static HttpResponse<String> get(String path, @Nullable String token) {
        var request = HttpRequest.newBuilder(gateway.uri(path)).timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    private static HttpResponse<String> post(String path, @Nullable String token, Map<String, ?> body) {
        var request = HttpRequest.newBuilder(gateway.uri(path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return new GatewayClient(gateway.port()).send(request);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
