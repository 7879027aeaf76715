package dev.platter.gateway;

import static dev.platter.gateway.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.platter.gateway.support.GatewayClient;
import dev.platter.gateway.support.GatewayTest;
import dev.platter.gateway.support.StubDownstreams;
import dev.platter.platform.test.TestTokens;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;

/** Downstreams that are down, slow or failing: fast 503s, breakers, 504s, and retries for GET only. */
@GatewayTest
class GatewayResilienceIT {

    @Value("${local.server.port}")
    int port;

    @Value("${platter.gateway.services.analytics.response-timeout}")
    Duration analyticsTimeout;

    @Value("${platter.gateway.services.search.response-timeout}")
    Duration searchTimeout;

    @Autowired
    ReactiveResilience4JCircuitBreakerFactory breakers;

    GatewayClient gateway;

    @BeforeEach
    void client() {
        gateway = new GatewayClient(port);
    }

    @AfterEach
    void recover() {
        StubDownstreams.of("analytics").up();
        breakers.getCircuitBreakerRegistry().getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    @Test
    void answers503WithinTheTimeoutWhenAServiceIsDownThenOpensItsBreaker() {
        var analytics = StubDownstreams.of("analytics");
        analytics.down();

        var started = System.nanoTime();
        var first = gateway.get("/api/v1/analytics/daily", TestTokens.forRoles("ADMIN"));
        var took = Duration.ofNanos(System.nanoTime() - started);

        assertProblem(first, 503, "service-unavailable");
        assertThat(first.body()).contains("analytics");
        assertThat(took).isLessThan(analyticsTimeout);

        await().untilAsserted(() -> {
            assertProblem(
                    gateway.get("/api/v1/analytics/daily", TestTokens.forRoles("ADMIN")), 503, "service-unavailable");
            assertThat(breakers.getCircuitBreakerRegistry()
                            .circuitBreaker("analytics")
                            .getState())
                    .isEqualTo(CircuitBreaker.State.OPEN);
        });

        analytics.up();
        var path = "/api/v1/analytics/daily/" + UUID.randomUUID();
        var whileOpen = gateway.get(path, TestTokens.forRoles("ADMIN"));

        assertProblem(whileOpen, 503, "service-unavailable");
        assertThat(analytics.receivedAt(path))
                .as("an open breaker does not call the service")
                .isEmpty();
        assertThat(breakers.getCircuitBreakerRegistry().circuitBreaker("order").getState())
                .as("each service has its own breaker")
                .isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(gateway.get("/api/v1/orders/" + UUID.randomUUID(), TestTokens.forRoles("CUSTOMER"))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void answers504WhenAServiceIsTooSlow() {
        var path = "/api/v1/search/slow-" + UUID.randomUUID();

        var started = System.nanoTime();
        var response = gateway.get(path);
        var took = Duration.ofNanos(System.nanoTime() - started);

        assertProblem(response, 504, "gateway-timeout");
        assertThat(response.body()).contains("search");
        assertThat(took).isGreaterThanOrEqualTo(searchTimeout).isLessThan(searchTimeout.multipliedBy(4));
        assertThat(StubDownstreams.of("search").receivedAt(path))
                .as("a timeout is not retried")
                .hasSize(1);
    }

    @Test
    void capsTheCallsInFlightToOneService() {
        var calls = IntStream.range(0, GatewayTest.MAX_CONCURRENT_CALLS + 4)
                .mapToObj(i -> GatewayClient.http()
                        .sendAsync(
                                gateway.request("/api/v1/search/slow-" + UUID.randomUUID())
                                        .build(),
                                HttpResponse.BodyHandlers.ofString()))
                .toList();
        var responses = calls.stream().map(CompletableFuture::join).toList();

        assertThat(responses)
                .filteredOn(response -> response.statusCode() == 504)
                .hasSizeLessThanOrEqualTo(GatewayTest.MAX_CONCURRENT_CALLS);
        assertThat(responses)
                .filteredOn(response -> response.statusCode() == 503)
                .isNotEmpty()
                .allSatisfy(response -> {
                    assertProblem(response, 503, "service-unavailable");
                    assertThat(response.body()).contains("too busy");
                });
    }

    @Test
    void retriesGetButNeverOtherMethods() {
        var token = TestTokens.forRoles("CUSTOMER");
        var read = "/api/v1/orders/unavailable-" + UUID.randomUUID();
        var write = "/api/v1/orders/unavailable-" + UUID.randomUUID();

        HttpResponse<String> get = gateway.get(read, token);
        HttpResponse<String> post = gateway.send(gateway.request(write)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"items\":[]}")));

        assertThat(get.statusCode()).isEqualTo(503);
        assertThat(post.statusCode()).isEqualTo(503);
        assertThat(StubDownstreams.of("order").receivedAt(read))
                .as("GET: once and two retries")
                .hasSize(3);
        assertThat(StubDownstreams.of("order").receivedAt(write))
                .as("POST: once")
                .hasSize(1);
    }

    @Test
    void countsAGetWithItsRetriesAsOneBreakerCall() {
        var analytics = StubDownstreams.of("analytics");
        analytics.down();

        var get = gateway.get("/api/v1/analytics/" + UUID.randomUUID(), TestTokens.forRoles("ADMIN"));
        var failedCalls = breakers.getCircuitBreakerRegistry()
                .circuitBreaker("analytics")
                .getMetrics()
                .getNumberOfFailedCalls();

        assertProblem(get, 503, "service-unavailable");
        assertThat(failedCalls).as("retries happen inside one breaker call").isEqualTo(1);
    }
}
