package dev.platter.user.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.platform.events.EventHeaders;
import dev.platter.platform.events.Topics;
import dev.platter.platform.events.user.Role;
import dev.platter.platform.events.user.UserRegistered;
import dev.platter.platform.events.user.UserUpdated;
import dev.platter.platform.test.TopicReader;
import dev.platter.user.UserServiceIT;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A user's own profile and password. */
class ProfileIT extends UserServiceIT {

    @Test
    void registrationIsPublishedKeyedByTheUser() throws Exception {
        try (var users = TopicReader.of(Topics.USERS)) {
            var customer = newCustomer();

            var record = users.awaitRecord(candidate -> customer.id().toString().equals(candidate.key())
                    && "UserRegistered".equals(TopicReader.header(candidate, EventHeaders.EVENT_TYPE)));

            var event = JSON.readValue(record.value(), UserRegistered.class);
            assertThat(event.email()).isEqualTo(customer.email().toLowerCase());
            assertThat(event.name()).isEqualTo("Asha Rao");
            assertThat(event.phone()).isEqualTo("+919812345678");
            assertThat(event.roles()).containsExactly(Role.CUSTOMER);
            assertThat(TopicReader.value(record)).doesNotContainIgnoringCase("password");
        }
    }

    @Test
    void updatesNameAndPhoneAndPublishesTheContactDetails() throws Exception {
        var customer = newCustomer();
        try (var users = TopicReader.of(Topics.USERS)) {
            var updated = patch(customer.accessToken(), Map.of("name", "Asha R. Menon", "phone", "+919900112233"));

            assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
            assertThat(body(updated).get("name").asString()).isEqualTo("Asha R. Menon");
            var me = body(get("/api/v1/users/me", customer.accessToken()));
            assertThat(me.get("phone").asString()).isEqualTo("+919900112233");

            var record = users.awaitRecord(candidate -> customer.id().toString().equals(candidate.key())
                    && "UserUpdated".equals(TopicReader.header(candidate, EventHeaders.EVENT_TYPE)));
            var event = JSON.readValue(record.value(), UserUpdated.class);
            assertThat(event.name()).isEqualTo("Asha R. Menon");
            assertThat(event.phone()).isEqualTo("+919900112233");
            assertThat(event.roles()).isEqualTo(Set.of(Role.CUSTOMER));
            assertThat(event.version()).isEqualTo(me.get("version").asLong());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"roles", "status", "email"})
    void rejectsMassAssignmentOnProfileUpdate(String field) throws Exception {
        var customer = newCustomer();
        var value = field.equals("roles") ? (Object) java.util.List.of("ADMIN") : "ADMIN@platter.test";

        var response = patch(customer.accessToken(), Map.of("name", "Asha", field, value));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(problemType(response)).isEqualTo("https://platter.dev/problems/unknown-field");
        var me = body(get("/api/v1/users/me", customer.accessToken()));
        assertThat(me.get("name").asString()).isEqualTo("Asha Rao");
        assertThat(me.get("roles").toString()).isEqualTo("[\"CUSTOMER\"]");
    }

    @Test
    void changingThePasswordEndsOtherSessions() throws Exception {
        var customer = newCustomer();
        var newPassword = "Gulab-Jamun-Forever-7";

        var wrong = post(
                "/api/v1/users/me/password",
                customer.accessToken(),
                Map.of("currentPassword", "not-my-password", "newPassword", newPassword));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(problemType(wrong)).isEqualTo("https://platter.dev/problems/wrong-password");

        var changed = post(
                "/api/v1/users/me/password",
                customer.accessToken(),
                Map.of("currentPassword", PASSWORD, "newPassword", newPassword));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);

        assertThat(post("/api/v1/auth/refresh", Map.of("refreshToken", customer.refreshToken()))
                        .statusCode())
                .isEqualTo(401);
        assertThat(login(customer.email(), PASSWORD).statusCode()).isEqualTo(401);
        assertThat(login(customer.email(), newPassword).statusCode()).isEqualTo(200);
    }

    @Test
    void refusesAnonymousProfileReads() throws Exception {
        var response = send(request("/api/v1/users/me").GET());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(problemType(response)).isEqualTo("https://platter.dev/problems/unauthenticated");
    }

    private HttpResponse<String> patch(String token, Map<String, ?> body) throws Exception {
        return send(authorized("/api/v1/users/me", token)
                .header("Content-Type", "application/json")
                .method("PATCH", json(body)));
    }
}
