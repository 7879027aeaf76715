package dev.platter.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.platter.gateway.support.GatewayTest;
import dev.platter.platform.test.BadTokens;
import dev.platter.platform.test.TestRun;
import dev.platter.platform.test.TestTokens;
import dev.platter.platform.web.security.SuspendedUsers;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The gateway validates every token at the edge with the same rules as the services (reactive variant). */
@GatewayTest
class GatewayTokenValidationIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;

    @Autowired
    StringRedisTemplate redis;

    private HttpResponse<String> get(String token) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/orders/42"))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void letsAValidTokenThrough() throws Exception {
        assertThat(get(TestTokens.forRoles("CUSTOMER")).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.platter.platform.test.BadTokens#all")
    void refusesBadTokensAtTheEdge(BadTokens.BadToken bad) throws Exception {
        var response = get(bad.token());

        assertThat(response.statusCode()).as(bad.name()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("https://platter.dev/problems/unauthenticated");
    }

    @Test
    void locksOutASuspendedUser() throws Exception {
        var user = UUID.randomUUID();
        var token = TestTokens.forUser(user, "CUSTOMER");
        assertThat(get(token).statusCode()).isEqualTo(200);

        redis.opsForSet().add(TestRun.redisKeyPrefix() + SuspendedUsers.KEY, user.toString());

        await().untilAsserted(() -> assertThat(get(token).statusCode()).isEqualTo(401));
    }
}
