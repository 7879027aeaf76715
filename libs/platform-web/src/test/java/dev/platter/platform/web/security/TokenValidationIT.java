package dev.platter.platform.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.platter.platform.test.BadTokens;
import dev.platter.platform.test.TestRun;
import dev.platter.platform.test.TestTokens;
import dev.platter.platform.web.ProbeIT;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

class TokenValidationIT extends ProbeIT {

    @Autowired
    StringRedisTemplate redis;

    @Test
    void acceptsAValidAccessToken() throws Exception {
        var user = UUID.randomUUID();
        var response = send(authorized("/probe/me", TestTokens.forUser(user, "CUSTOMER")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body(response).get("user").asString()).isEqualTo(user.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.platter.platform.test.BadTokens#all")
    void refusesBadTokens(BadTokens.BadToken bad) throws Exception {
        var response = send(authorized("/probe/me", bad.token()));

        assertThat(response.statusCode()).as(bad.name()).isEqualTo(401);
        assertThat(body(response).get("type").asString()).isEqualTo("https://platter.dev/problems/unauthenticated");
    }

    @Test
    void locksOutASuspendedUserWithinTheCacheLifetime() throws Exception {
        var user = UUID.randomUUID();
        var token = TestTokens.forUser(user, "CUSTOMER");
        assertThat(send(authorized("/probe/me", token)).statusCode()).isEqualTo(200);

        redis.opsForSet().add(TestRun.redisKeyPrefix() + SuspendedUsers.KEY, user.toString());

        await().untilAsserted(() ->
                assertThat(send(authorized("/probe/me", token)).statusCode()).isEqualTo(401));
    }
}
