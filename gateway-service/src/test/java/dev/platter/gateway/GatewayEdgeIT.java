package dev.platter.gateway;

import static dev.platter.gateway.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.gateway.support.GatewayClient;
import dev.platter.gateway.support.GatewayTest;
import dev.platter.platform.test.TestRun;
import dev.platter.platform.test.TestTokens;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;

/** What the edge does before routing: rate limits, size limits, CORS and security headers. */
@GatewayTest
class GatewayEdgeIT {

    private static final String OTHER_ORIGIN = "https://evil.example";

    @Value("${local.server.port}")
    int port;

    @Value("${platter.web.max-request-bytes}")
    long maxRequestBytes;

    @Autowired
    StringRedisTemplate redis;

    GatewayClient gateway;

    @BeforeEach
    void client() {
        gateway = new GatewayClient(port);
    }

    @Test
    void limitsEachUserWithCountersSharedInRedis() {
        var user = UUID.randomUUID();
        var token = TestTokens.forUser(user, "CUSTOMER");
        for (int i = 0; i < GatewayTest.PER_USER; i++) {
            assertThat(gateway.get("/api/v1/orders/" + i, token).statusCode()).isEqualTo(200);
        }

        var refused = gateway.get("/api/v1/orders/one-too-many", token);

        assertProblem(refused, 429, "rate-limited");
        assertThat(refused.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));
        assertThat(gateway.get("/api/v1/orders/1", TestTokens.forRoles("CUSTOMER"))
                        .statusCode())
                .as("another user still gets in")
                .isEqualTo(200);
        assertThat(redis.opsForValue().get(TestRun.redisKeyPrefix() + "platter:ratelimit:user:60:" + user))
                .isEqualTo(Integer.toString(GatewayTest.PER_USER + 1));
    }

    @Test
    void limitsSignInAttemptsPerAddressMoreStrictly() {
        var address = GatewayClient.freshAddress();
        for (int i = 0; i < GatewayTest.AUTH; i++) {
            assertThat(login(address).statusCode()).isEqualTo(200);
        }

        var refused = login(address);

        assertProblem(refused, 429, "rate-limited");
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(gateway.send(gateway.request("/api/v1/restaurants/near").setHeader("X-Forwarded-For", address))
                        .statusCode())
                .as("browsing from the same address is not an authentication attempt")
                .isEqualTo(200);
        assertThat(login(GatewayClient.freshAddress()).statusCode())
                .as("another address may sign in")
                .isEqualTo(200);
    }

    private HttpResponse<String> login(String address) {
        return gateway.send(gateway.request("/api/v1/auth/login")
                .setHeader("X-Forwarded-For", address)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"chef@platter.test\",\"password\":\"x\"}")));
    }

    @Test
    void refusesABodyLargerThanTheLimitBeforeReadingIt() throws IOException {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            var request = "POST /api/v1/orders HTTP/1.1\r\n"
                    + "Host: 127.0.0.1\r\n"
                    + "Authorization: Bearer " + TestTokens.forRoles("CUSTOMER") + "\r\n"
                    + "Content-Type: application/json\r\n"
                    + "Content-Length: " + (maxRequestBytes + 1) + "\r\n"
                    + "\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();

            var response = readResponse(socket.getInputStream());

            assertThat(response).startsWith("HTTP/1.1 413");
            assertThat(response)
                    .containsIgnoringCase("content-type: application/problem+json")
                    .contains("https://platter.dev/problems/payload-too-large");
        }
    }

    @Test
    void refusesAStreamedBodyThatGrowsPastTheLimit() {
        var body = new byte[(int) maxRequestBytes + 64 * 1024];
        var response = gateway.send(gateway.request("/api/v1/orders")
                .header("Authorization", "Bearer " + TestTokens.forRoles("CUSTOMER"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

        assertProblem(response, 413, "payload-too-large");
    }

    @Test
    void answersAPreflightFromAnAllowedOrigin() {
        var response = gateway.send(gateway.request("/api/v1/orders")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", GatewayTest.ALLOWED_ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(GatewayTest.ALLOWED_ORIGIN);
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods"))
                .hasValueSatisfying(methods -> assertThat(methods).contains("POST"));
    }

    @Test
    void refusesAPreflightFromAnotherOrigin() {
        var response = gateway.send(gateway.request("/api/v1/orders")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", OTHER_ORIGIN)
                .header("Access-Control-Request-Method", "POST"));

        assertProblem(response, 403, "forbidden");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void answersCorsOnceAtTheEdgeEvenIfTheServiceAddsItsOwn() {
        var response =
                gateway.send(gateway.request("/api/v1/restaurants/near").header("Origin", GatewayTest.ALLOWED_ORIGIN));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Access-Control-Allow-Origin"))
                .containsExactly(GatewayTest.ALLOWED_ORIGIN);
        assertThat(response.headers().allValues("Access-Control-Expose-Headers").toString())
                .contains("X-Request-Id");
    }

    @Test
    void refusesACrossOriginRequestFromAnotherOrigin() {
        var response = gateway.send(gateway.request("/api/v1/restaurants/near").header("Origin", OTHER_ORIGIN));

        assertProblem(response, 403, "forbidden");
    }

    @Test
    void sendsSecurityHeadersOnProxiedAndOwnResponses() {
        var proxied = gateway.get("/api/v1/restaurants/near");
        var refused = gateway.get("/api/v1/orders/42");

        for (var response : new HttpResponse<?>[] {proxied, refused}) {
            var headers = response.headers();
            assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(headers.firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(headers.firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(policy -> assertThat(policy).contains("default-src 'none'"));
            assertThat(headers.firstValue("Strict-Transport-Security"))
                    .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
            assertThat(headers.firstValue("X-Request-Id")).isPresent();
        }
        assertThat(proxied.statusCode()).isEqualTo(200);
        assertThat(refused.statusCode()).isEqualTo(401);
    }

    private static String readResponse(InputStream in) throws IOException {
        var text = new StringBuilder();
        var buffer = new byte[8192];
        int read;
        while ((read = in.read(buffer)) > 0) {
            text.append(new String(buffer, 0, read, StandardCharsets.ISO_8859_1));
            if (text.indexOf("}") > 0) {
                break;
            }
        }
        return text.toString();
    }
}
