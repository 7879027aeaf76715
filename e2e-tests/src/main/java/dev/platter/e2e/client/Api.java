package dev.platter.e2e.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Platter's HTTP API at one base address (the gateway, or a service): JSON bodies, a bearer token, and an
 * {@code Idempotency-Key} on every write (commands that cost money need one; the others ignore it).
 */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private final URI base;

    public Api(URI base) {
        this.base = base;
    }

    public URI base() {
        return base;
    }

    /** An answer: its status, headers and body. */
    public record Reply(String method, String path, int status, HttpHeaders headers, String body) {

        public JsonNode json() {
            return body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        }

        /** The body, once the status is one of {@code expected}; otherwise an error that shows the whole answer. */
        public JsonNode expect(int... expected) {
            if (Arrays.stream(expected).noneMatch(s -> s == status)) {
                throw new UnexpectedReply(this, expected);
            }
            return json();
        }

        /** The problem type's last segment ({@code https://platter.dev/problems/<kind>}), or "" for none. */
        public String problem() {
            var type = json().path("type").asString("");
            return type.substring(type.lastIndexOf('/') + 1);
        }
    }

    /** A status other than the one a step needed. */
    public static final class UnexpectedReply extends RuntimeException {

        private final Reply reply;

        UnexpectedReply(Reply reply, int[] expected) {
            super(reply.method() + " " + reply.path() + " answered " + reply.status() + " (expected "
                    + Arrays.toString(expected) + "): " + reply.body());
            this.reply = reply;
        }

        public Reply reply() {
            return reply;
        }
    }

    public Reply get(String path, @Nullable String token) {
        return send("GET", path, token, null, Map.of());
    }

    public Reply post(String path, @Nullable String token, @Nullable Object body) {
        return send("POST", path, token, body, Map.of());
    }

    public Reply put(String path, @Nullable String token, @Nullable Object body) {
        return send("PUT", path, token, body, Map.of());
    }

    public Reply patch(String path, @Nullable String token, @Nullable Object body) {
        return send("PATCH", path, token, body, Map.of());
    }

    public Reply delete(String path, @Nullable String token) {
        return send("DELETE", path, token, null, Map.of());
    }

    /** A request with headers of its own (e.g. a chosen {@code Idempotency-Key}). */
    public Reply send(
            String method, String path, @Nullable String token, @Nullable Object body, Map<String, String> headers) {
        var all = new LinkedHashMap<String, String>();
        if (!method.equals("GET")) {
            all.put("Idempotency-Key", UUID.randomUUID().toString());
        }
        all.putAll(headers);
        var request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        all.forEach(request::header);
        try {
            var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(method, path, response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + base.resolve(path) + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
