package dev.platter.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.platform.test.ServiceProcess;
import dev.platter.platform.test.TestTokens;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * search-service started from its jar against an "Elasticsearch" that accepts connections and never answers (the
 * worst kind of down) and against a port nobody listens on: every search answers a 503 problem within its timeout,
 * never hangs.
 */
class ElasticsearchDownIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static ServerSocket silent;
    private static ServiceProcess hanging;
    private static ServiceProcess refused;

    @BeforeAll
    static void start() throws Exception {
        silent = new ServerSocket(0, 200, InetAddress.getLoopbackAddress()); // never accepts: connects, no answer
        int closedPort;
        try (var probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        hanging = instance("http://127.0.0.1:" + silent.getLocalPort()).start();
        refused = instance("http://127.0.0.1:" + closedPort).start();
    }

    private static ServiceProcess instance(String elasticsearch) {
        return ServiceProcess.jar("search-service", "platter_search")
                .property("platter.elasticsearch.uri", elasticsearch)
                .property("platter.elasticsearch.socket-timeout", "1s")
                .property("platter.elasticsearch.connect-timeout", "500ms")
                .property("spring.kafka.listener.auto-startup", "false")
                .build();
    }

    @AfterAll
    static void stop() throws Exception {
        if (hanging != null) {
            hanging.close();
        }
        if (refused != null) {
            refused.close();
        }
        silent.close();
    }

    @Test
    void everySearchAnswersAQuick503ProblemWhenElasticsearchDoesNotAnswer() throws Exception {
        for (var service : new ServiceProcess[] {hanging, refused}) {
            for (var path : new String[] {
                "/api/v1/search/restaurants?q=biryani&lat=12.97&lon=77.59",
                "/api/v1/search/dishes?q=dosa&lat=12.97&lon=77.59",
                "/api/v1/search/suggest?prefix=piz"
            }) {
                assertQuick503(service, path, null);
            }
            assertQuick503(
                    service,
                    "/api/v1/search/recommendations?lat=12.97&lon=77.59",
                    TestTokens.forUser(UUID.randomUUID(), "CUSTOMER"));
        }
    }

    private static void assertQuick503(ServiceProcess service, String path, String token) throws Exception {
        var request = HttpRequest.newBuilder(service.uri(path))
                .timeout(Duration.ofSeconds(20))
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        long started = System.nanoTime();
        var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        var took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JsonMapper.builder()
                        .build()
                        .readTree(response.body())
                        .get("type")
                        .asString())
                .isEqualTo("https://platter.dev/problems/search-unavailable");
        assertThat(took).as(path).isLessThan(Duration.ofSeconds(5));
    }
}
