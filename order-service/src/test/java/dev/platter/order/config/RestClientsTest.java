package dev.platter.order.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/** The breaker around every outbound client, against a real HTTP server on loopback that answers what it is told. */
class RestClientsTest {

    private HttpServer downstream;
    private final AtomicInteger calls = new AtomicInteger();
    private volatile int status = 200;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private RestClients clients;

    @BeforeEach
    void start() throws IOException {
        downstream = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        downstream.createContext("/", exchange -> {
            calls.incrementAndGet();
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        downstream.start();
        var beans = new StaticListableBeanFactory();
        beans.addBean("observations", ObservationRegistry.create());
        beans.addBean("meters", meters);
        clients = new RestClients(
                beans.getBeanProvider(ObservationRegistry.class),
                beans.getBeanProvider(MeterRegistry.class),
                new ClientProperties(
                        URI.create("http://127.0.0.1:1"),
                        URI.create("http://127.0.0.1:1"),
                        URI.create("http://127.0.0.1:1"),
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(2),
                        "order-service",
                        "secret",
                        new ClientProperties.CircuitBreaker(10, 5, 50, Duration.ofMinutes(1), 2)));
    }

    @AfterEach
    void stop() {
        downstream.stop(0);
    }

    private RestClient client(String service) {
        return clients.to(
                service,
                URI.create("http://127.0.0.1:" + downstream.getAddress().getPort()));
    }

    private static void call(RestClient client) {
        client.get().uri("/internal/anything").retrieve().toBodilessEntity();
    }

    @Test
    void stopsCallingAServiceThatKeepsFailingAndFailsFastInstead() {
        var payments = client("payment-service");
        status = 503;
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> call(payments)).isInstanceOf(HttpServerErrorException.class);
        }
        assertThat(clients.state("payment-service")).isEqualTo(CircuitBreaker.State.OPEN);

        status = 200;
        assertThatThrownBy(() -> call(payments))
                .isInstanceOf(ResourceAccessException.class)
                .hasMessageContaining("payment-service is failing");
        assertThat(calls).as("an open breaker does not call").hasValue(5);
        assertThat(meters.get("resilience4j.circuitbreaker.state")
                        .tag("name", "payment-service")
                        .tag("state", "open")
                        .gauge()
                        .value())
                .isEqualTo(1.0);

        var users = client("user-service");
        call(users);
        assertThat(clients.state("user-service"))
                .as("each service has its own breaker")
                .isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void countsARefusalAsAnAnswerNotAFailure() {
        var restaurants = client("restaurant-service");
        status = 404;
        for (int i = 0; i < 8; i++) {
            assertThatThrownBy(() -> call(restaurants)).isInstanceOf(HttpClientErrorException.class);
        }
        assertThat(clients.state("restaurant-service")).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(calls).hasValue(8);
    }

    @Test
    void countsAnUnreachableServiceAsAFailure() {
        var gone = clients.to("search-service", URI.create("http://127.0.0.1:1"));
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> call(gone)).isInstanceOf(ResourceAccessException.class);
        }
        assertThat(clients.state("search-service")).isEqualTo(CircuitBreaker.State.OPEN);
    }
}
