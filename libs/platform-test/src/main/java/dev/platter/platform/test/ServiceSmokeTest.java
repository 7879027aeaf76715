package dev.platter.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * What every service must show once booted against the real infrastructure: healthy, ready, scraped by Prometheus,
 * its migrations applied, and nothing beyond health reachable without a token. A service's smoke test extends this
 * with its own {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}.
 */
public abstract class ServiceSmokeTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;

    @Autowired
    ObjectProvider<DataSource> dataSource;

    @Test
    void reportsUpAndReady() throws Exception {
        assertThat(get("/actuator/health").body()).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    @Test
    void exposesPrometheusMetrics() throws Exception {
        var response = get("/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_memory_used_bytes").contains("application=");
    }

    @Test
    void refusesAnonymousRequestsWithProblemJson() throws Exception {
        var response = get("/api/v1/anything");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("https://platter.dev/problems/unauthenticated");
        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
    }

    @Test
    void appliesItsMigrations() throws SQLException {
        var source = dataSource.getIfAvailable();
        if (source == null) {
            assertThat(getClass().getSimpleName())
                    .as("only the gateway runs without a database")
                    .startsWith("Gateway");
            return;
        }
        try (var connection = source.getConnection();
                var statement = connection.createStatement();
                var service = statement.executeQuery(
                        "select count(*) from flyway_schema_history where version = '1' and success")) {
            service.next();
            assertThat(service.getInt(1)).as("the service's baseline migration").isEqualTo(1);
        }
        try (var connection = source.getConnection();
                var statement = connection.createStatement();
                var platform =
                        statement.executeQuery("select count(*) from information_schema.tables where table_name in "
                                + "('platform_inbox', 'platform_idempotency', 'event_publication')")) {
            platform.next();
            assertThat(platform.getInt(1)).as("the platform's tables").isEqualTo(3);
        }
    }

    protected HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
