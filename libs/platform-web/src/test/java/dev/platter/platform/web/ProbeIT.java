package dev.platter.platform.web;

import dev.platter.platform.test.TestTokens;
import dev.platter.platform.web.probe.ProbeApplication;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The probe service booted once for all plumbing tests, and an HTTP client to talk to it. Tracing is on as in
 * production (Spring Boot switches it off in tests by default), so propagation across REST and Kafka is tested.
 */
@SpringBootTest(classes = ProbeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTracing
public abstract class ProbeIT {

    protected static final HttpClient HTTP = HttpClient.newHttpClient();
    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${local.server.port}")
    protected int port;

    protected HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    protected HttpRequest.Builder authorized(String path, String token) {
        return request(path).header("Authorization", "Bearer " + token);
    }

    protected HttpRequest.Builder asCustomer(String path) {
        return authorized(path, TestTokens.forRoles("CUSTOMER"));
    }

    protected static HttpRequest.BodyPublisher json(Map<String, ?> body) {
        return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
    }

    protected static HttpRequest.BodyPublisher json(String body) {
        return HttpRequest.BodyPublishers.ofString(body);
    }

    protected static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    protected static JsonNode body(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
