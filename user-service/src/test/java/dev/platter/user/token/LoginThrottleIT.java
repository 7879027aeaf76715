package dev.platter.user.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.platter.user.UserServiceIT;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Failed logins are throttled per account and per address (test window: 3 s; limits 3 and 6). */
class LoginThrottleIT extends UserServiceIT {

    @Test
    void throttlesAnAccountAfterRepeatedFailuresAndLiftsAfterTheWindow() throws Exception {
        var customer = newCustomer();
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(login(customer.email(), "Wrong-Password-" + attempt).statusCode())
                    .isEqualTo(401);
        }

        var throttled = login(customer.email(), PASSWORD);

        assertThat(throttled.statusCode()).as("even the right password waits").isEqualTo(429);
        assertThat(problemType(throttled)).isEqualTo("https://platter.dev/problems/rate-limited");
        assertThat(throttled.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 3));

        await().untilAsserted(() ->
                assertThat(login(customer.email(), PASSWORD).statusCode()).isEqualTo(200));
    }

    @Test
    void unknownAccountsAreThrottledLikeKnownOnes() throws Exception {
        var nobody = uniqueEmail("ghost");
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(login(nobody, "Wrong-Password-" + attempt).statusCode()).isEqualTo(401);
        }

        assertThat(login(nobody, "Wrong-Password-again").statusCode()).isEqualTo(429);
    }

    @Test
    void throttlesAnAddressTryingManyAccounts() throws Exception {
        var attacker = randomAddress();
        for (int attempt = 0; attempt < 6; attempt++) {
            assertThat(loginFrom(attacker, uniqueEmail("victim"), "Guess-" + attempt)
                            .statusCode())
                    .isEqualTo(401);
        }
        var customer = newCustomer();

        var throttled = loginFrom(attacker, customer.email(), PASSWORD);
        var elsewhere = loginFrom(randomAddress(), customer.email(), PASSWORD);

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        assertThat(elsewhere.statusCode()).as("the account itself is fine").isEqualTo(200);
        await().untilAsserted(() -> assertThat(
                        loginFrom(attacker, customer.email(), PASSWORD).statusCode())
                .isEqualTo(200));
    }

    @Test
    void takesTheAddressTheGatewayAppendedNotOneTheClientWrote() throws Exception {
        var attacker = randomAddress();
        for (int attempt = 0; attempt < 6; attempt++) {
            var forged = randomAddress() + ", " + attacker;
            assertThat(loginFromChain(forged, uniqueEmail("victim"), "Guess-" + attempt)
                            .statusCode())
                    .isEqualTo(401);
        }

        assertThat(loginFromChain(randomAddress() + ", " + attacker, uniqueEmail("victim"), "Guess")
                        .statusCode())
                .isEqualTo(429);
    }

    private HttpResponse<String> loginFrom(String address, String email, String password) throws Exception {
        return loginFromChain(address, email, password);
    }

    private HttpResponse<String> loginFromChain(String forwardedFor, String email, String password) throws Exception {
        return send(request("/api/v1/auth/login")
                .setHeader("X-Forwarded-For", forwardedFor)
                .header("Content-Type", "application/json")
                .POST(json(Map.of("email", email, "password", password))));
    }
}
