package dev.platter.user.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.platter.platform.events.EventHeaders;
import dev.platter.platform.events.Topics;
import dev.platter.platform.events.user.UserSuspended;
import dev.platter.platform.test.TopicReader;
import dev.platter.platform.web.security.SuspendedUsers;
import dev.platter.user.UserServiceIT;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

/** An admin suspends an account: locked out everywhere, and everyone is told. */
class SuspensionIT extends UserServiceIT {

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    SuspendedUsers suspendedUsers;

    @Test
    void aSuspendedUserIsLockedOutAndTheSuspensionIsPublished() throws Exception {
        var customer = newCustomer();
        assertThat(get("/api/v1/users/me", customer.accessToken()).statusCode()).isEqualTo(200);
        var admin = adminToken();
        var adminId = parse(admin).getJWTClaimsSet().getSubject();

        try (var users = TopicReader.of(Topics.USERS)) {
            var suspended = post(
                    "/api/v1/admin/users/" + customer.id() + "/suspend",
                    admin,
                    Map.of("reason", "Chargeback fraud on three orders"));
            assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(200);
            assertThat(body(suspended).get("status").asString()).isEqualTo("SUSPENDED");

            await().untilAsserted(() -> assertThat(
                            get("/api/v1/users/me", customer.accessToken()).statusCode())
                    .as("the access token is refused within the suspension cache lifetime")
                    .isEqualTo(401));
            assertThat(redis.opsForSet()
                            .isMember(suspendedUsers.key(), customer.id().toString()))
                    .isTrue();
            assertThat(post("/api/v1/auth/refresh", Map.of("refreshToken", customer.refreshToken()))
                            .statusCode())
                    .isEqualTo(401);
            var login = login(customer.email(), PASSWORD);
            assertThat(login.statusCode()).isEqualTo(403);
            assertThat(problemType(login)).isEqualTo("https://platter.dev/problems/account-suspended");

            var record = users.awaitRecord(candidate -> customer.id().toString().equals(candidate.key())
                    && "UserSuspended".equals(TopicReader.header(candidate, EventHeaders.EVENT_TYPE)));
            var event = JSON.readValue(record.value(), UserSuspended.class);
            assertThat(event.userId()).isEqualTo(customer.id());
            assertThat(event.reason()).isEqualTo("Chargeback fraud on three orders");
            assertThat(event.suspendedBy()).isEqualTo(UUID.fromString(adminId));
            assertThat(event.version()).isPositive();
        }
    }

    @Test
    void suspendingTwiceIsAConflict() throws Exception {
        var customer = newCustomer();
        var admin = adminToken();
        post("/api/v1/admin/users/" + customer.id() + "/suspend", admin, Map.of("reason", "Abusive to riders"));

        var again =
                post("/api/v1/admin/users/" + customer.id() + "/suspend", admin, Map.of("reason", "Abusive to riders"));

        assertThat(again.statusCode()).isEqualTo(409);
    }

    @Test
    void anAdminSeesAnyAccount() throws Exception {
        var customer = newCustomer();

        var response = get("/api/v1/admin/users/" + customer.id(), adminToken());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body(response).get("email").asString())
                .isEqualTo(customer.email().toLowerCase());
        assertThat(body(response).get("status").asString()).isEqualTo("ACTIVE");
        assertThat(response.body()).doesNotContainIgnoringCase("password");
        assertThat(get("/api/v1/admin/users/" + UUID.randomUUID(), adminToken()).statusCode())
                .isEqualTo(404);
    }
}
