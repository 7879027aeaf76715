package dev.platter.user.token;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.platform.test.TestTokens;
import dev.platter.user.UserServiceIT;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sign in, refresh, use, sign out: the life of a session, and what a stolen refresh token can do. */
class SessionIT extends UserServiceIT {

    @Test
    void registersLogsInRefreshesUsesAndLogsOut() throws Exception {
        var email = uniqueEmail("Meera.Iyer");
        var registered = register(email, PASSWORD);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        assertThat(registered.body()).doesNotContain(PASSWORD).doesNotContainIgnoringCase("password");
        var userId = body(registered).get("id").asString();

        var login = login(email.toUpperCase(), PASSWORD);
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        var tokens = body(login);
        assertThat(tokens.get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(tokens.get("expiresIn").asLong()).isEqualTo(900);

        var jwt = parse(tokens.get("accessToken").asString());
        var claims = jwt.getJWTClaimsSet();
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(jwt.getHeader().getKeyID()).isNotBlank();
        assertThat(claims.getSubject()).isEqualTo(userId);
        assertThat(claims.getStringListClaim("roles")).containsExactly("CUSTOMER");
        assertThat(claims.getIssuer()).isEqualTo(TestTokens.ISSUER);
        assertThat(claims.getAudience()).containsExactly(TestTokens.AUDIENCE);
        assertThat(claims.getStringClaim("typ")).isEqualTo("access");
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(Duration.between(
                        claims.getIssueTime().toInstant(),
                        claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(15));

        var refreshed = post(
                "/api/v1/auth/refresh",
                Map.of("refreshToken", tokens.get("refreshToken").asString()));
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        var newTokens = body(refreshed);
        assertThat(newTokens.get("refreshToken").asString())
                .isNotEqualTo(tokens.get("refreshToken").asString());

        var me = get("/api/v1/users/me", newTokens.get("accessToken").asString());
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(body(me).get("email").asString()).isEqualTo(email.toLowerCase());

        var logout = post(
                "/api/v1/auth/logout",
                Map.of("refreshToken", newTokens.get("refreshToken").asString()));
        assertThat(logout.statusCode()).isEqualTo(204);
        var afterLogout = post(
                "/api/v1/auth/refresh",
                Map.of("refreshToken", newTokens.get("refreshToken").asString()));
        assertThat(afterLogout.statusCode()).isEqualTo(401);
        assertThat(problemType(afterLogout)).isEqualTo("https://platter.dev/problems/invalid-refresh-token");
    }

    @Test
    void replayingASpentRefreshTokenRevokesItsWholeFamily() throws Exception {
        var customer = newCustomer();
        var first = post("/api/v1/auth/refresh", Map.of("refreshToken", customer.refreshToken()));
        assertThat(first.statusCode()).isEqualTo(200);
        var successor = body(first).get("refreshToken").asString();

        var replay = post("/api/v1/auth/refresh", Map.of("refreshToken", customer.refreshToken()));
        assertThat(replay.statusCode()).isEqualTo(401);

        var successorAfterReplay = post("/api/v1/auth/refresh", Map.of("refreshToken", successor));
        assertThat(successorAfterReplay.statusCode())
                .as("the thief's replay ends the legitimate chain too")
                .isEqualTo(401);
    }

    @Test
    void anotherLoginsSessionSurvivesAReplayInOneFamily() throws Exception {
        var customer = newCustomer();
        var otherDevice =
                body(login(customer.email(), PASSWORD)).get("refreshToken").asString();
        post("/api/v1/auth/refresh", Map.of("refreshToken", customer.refreshToken()));

        post("/api/v1/auth/refresh", Map.of("refreshToken", customer.refreshToken()));

        assertThat(post("/api/v1/auth/refresh", Map.of("refreshToken", otherDevice))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void aRefreshTokenIsNotAnAccessToken() throws Exception {
        var customer = newCustomer();

        var response = get("/api/v1/users/me", customer.refreshToken());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(problemType(response)).isEqualTo("https://platter.dev/problems/unauthenticated");
    }

    @Test
    void unknownEmailAndWrongPasswordAnswerTheSame() throws Exception {
        var customer = newCustomer();

        var wrongPassword = login(customer.email(), "Not-The-Right-One-1");
        var unknownEmail = login(uniqueEmail("nobody"), "Not-The-Right-One-1");

        assertThat(wrongPassword.statusCode()).isEqualTo(401).isEqualTo(unknownEmail.statusCode());
        var wrong = body(wrongPassword);
        var unknown = body(unknownEmail);
        assertThat(wrong.get("type")).isEqualTo(unknown.get("type"));
        assertThat(wrong.get("title")).isEqualTo(unknown.get("title"));
        assertThat(wrong.get("detail")).isEqualTo(unknown.get("detail"));
        assertThat(wrong.get("type").asString()).isEqualTo("https://platter.dev/problems/invalid-credentials");
    }

    @Test
    void emailsAreUniqueRegardlessOfCase() throws Exception {
        var email = uniqueEmail("Kabir");
        assertThat(register(email, PASSWORD).statusCode()).isEqualTo(201);

        var again = register(email.toUpperCase(), PASSWORD);

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(problemType(again)).isEqualTo("https://platter.dev/problems/email-taken");
    }

    @Test
    void refusesARegistrationWithoutAValidBody() throws Exception {
        var response = post(
                "/api/v1/auth/register",
                Map.of("email", "not-an-email", "password", "short", "name", "", "phone", "12345"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(problemType(response)).isEqualTo("https://platter.dev/problems/validation");
        assertThat(response.body()).contains("email", "password", "name", "phone");
    }
}
