package dev.platter.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Base of user-service's integration tests: the shared context, an HTTP client, and people who sign up and in. */
@UserServiceContext
public abstract class UserServiceIT {

    public static final String ADMIN_EMAIL = "ops-lead@platter.test";
    public static final String ADMIN_PASSWORD = "Masala-Chai-Admin-2026";
    protected static final String PASSWORD = "Paneer-Tikka-Secret-42";

    protected static final HttpClient HTTP = HttpClient.newHttpClient();
    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${local.server.port}")
    protected int port;

    /** A signed-up, signed-in customer. */
    protected record Customer(UUID id, String email, String accessToken, String refreshToken) {}

    protected HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-Forwarded-For", randomAddress());
    }

    protected HttpRequest.Builder authorized(String path, String token) {
        return request(path).header("Authorization", "Bearer " + token);
    }

    protected static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    protected HttpResponse<String> post(String path, Object body) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json").POST(json(body)));
    }

    protected HttpResponse<String> post(String path, String token, Object body)
            throws IOException, InterruptedException {
        return send(authorized(path, token)
                .header("Content-Type", "application/json")
                .POST(json(body)));
    }

    protected HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return send(authorized(path, token).GET());
    }

    protected static HttpRequest.BodyPublisher json(Object body) {
        return HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : JSON.writeValueAsString(body));
    }

    protected static JsonNode body(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    protected static String uniqueEmail(String name) {
        return name + "+" + UUID.randomUUID() + "@platter.test";
    }

    protected static String randomAddress() {
        var random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    protected HttpResponse<String> register(String email, String password) throws IOException, InterruptedException {
        return post(
                "/api/v1/auth/register",
                Map.of("email", email, "password", password, "name", "Asha Rao", "phone", "+919812345678"));
    }

    protected HttpResponse<String> login(String email, String password) throws IOException, InterruptedException {
        return post("/api/v1/auth/login", Map.of("email", email, "password", password));
    }

    /** Registers a new customer and signs them in. */
    protected Customer newCustomer() throws IOException, InterruptedException {
        var email = uniqueEmail("asha");
        var registered = register(email, PASSWORD);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        var tokens = login(email, PASSWORD);
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        return new Customer(
                UUID.fromString(body(registered).get("id").asString()),
                email,
                body(tokens).get("accessToken").asString(),
                body(tokens).get("refreshToken").asString());
    }

    /** An access token of the bootstrap admin, signed in through the API like anyone else. */
    protected String adminToken() throws IOException, InterruptedException {
        var response = login(ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return body(response).get("accessToken").asString();
    }

    protected static SignedJWT parse(String token) {
        try {
            return SignedJWT.parse(token);
        } catch (ParseException e) {
            throw new AssertionError("Not a JWT: " + token, e);
        }
    }

    protected static String problemType(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        return body(response).get("type").asString();
    }
}
