package dev.platter.user.token;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.platform.test.BadTokens;
import dev.platter.platform.test.TestTokens;
import dev.platter.user.UserServiceIT;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Who gets in where: forged tokens, roles, and service tokens. */
class TokenSecurityIT extends UserServiceIT {

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.platter.platform.test.BadTokens#all")
    void refusesBadTokens(BadTokens.BadToken bad) throws Exception {
        var response = get("/api/v1/users/me/addresses", bad.token());

        assertThat(response.statusCode()).as(bad.name()).isEqualTo(401);
        assertThat(problemType(response)).isEqualTo("https://platter.dev/problems/unauthenticated");
    }

    @Test
    void acceptsAValidTokenOfTheTrustedTestKeySoTheRefusalsAboveAreForTheirFlaw() throws Exception {
        var response = get("/api/v1/users/me/addresses", TestTokens.forRoles("CUSTOMER"));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void customersCannotCallAdminEndpoints() throws Exception {
        var customer = newCustomer();

        assertThat(get("/api/v1/admin/users/" + customer.id(), customer.accessToken())
                        .statusCode())
                .isEqualTo(403);
        assertThat(get("/api/v1/admin/applications", customer.accessToken()).statusCode())
                .isEqualTo(403);
        var suspend = post(
                "/api/v1/admin/users/" + customer.id() + "/suspend",
                customer.accessToken(),
                Map.of("reason", "self-service"));
        assertThat(suspend.statusCode()).isEqualTo(403);
        assertThat(problemType(suspend)).isEqualTo("https://platter.dev/problems/forbidden");
    }

    @Test
    void customersCannotCallInternalEndpoints() throws Exception {
        var customer = newCustomer();

        var response = get(
                "/internal/users/" + customer.id() + "/addresses/" + java.util.UUID.randomUUID(),
                customer.accessToken());

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void issuesAShortLivedServiceTokenForConfiguredClientCredentials() throws Exception {
        var response = post(
                "/internal/tokens", Map.of("clientId", "order-service", "clientSecret", "local-order-service-secret"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(body(response).get("expiresIn").asLong()).isEqualTo(300);
        var claims = parse(body(response).get("accessToken").asString()).getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("order-service");
        assertThat(claims.getStringListClaim("roles")).containsExactly("SERVICE");
        assertThat(claims.getStringClaim("typ")).isEqualTo("access");
    }

    @Test
    void refusesWrongClientCredentials() throws Exception {
        var wrongSecret =
                post("/internal/tokens", Map.of("clientId", "order-service", "clientSecret", "guessed-secret"));
        var unknownClient =
                post("/internal/tokens", Map.of("clientId", "mystery-service", "clientSecret", "guessed-secret"));

        assertThat(wrongSecret.statusCode()).isEqualTo(401);
        assertThat(unknownClient.statusCode()).isEqualTo(401);
        assertThat(problemType(wrongSecret)).isEqualTo("https://platter.dev/problems/invalid-client");
    }

    @Test
    void aServiceTokenDoesNotSpeakForAUser() throws Exception {
        var serviceToken = body(post(
                        "/internal/tokens",
                        Map.of("clientId", "order-service", "clientSecret", "local-order-service-secret")))
                .get("accessToken")
                .asString();

        assertThat(get("/api/v1/users/me", serviceToken).statusCode()).isEqualTo(403);
    }

    @Test
    void publishesTheJwksWithoutAToken() throws Exception {
        var response = send(request("/.well-known/jwks.json").GET());

        assertThat(response.statusCode()).isEqualTo(200);
        var key = body(response).get("keys").get(0);
        assertThat(key.get("kty").asString()).isEqualTo("RSA");
        assertThat(key.get("alg").asString()).isEqualTo("RS256");
        assertThat(key.get("use").asString()).isEqualTo("sig");
        assertThat(key.has("kid")).isTrue();
        assertThat(key.has("d")).as("no private part").isFalse();
    }
}
