package dev.platter.stripesandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Reading requests and writing JSON answers on the JDK's HTTP server. */
final class Http {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private Http() {}

    static String body(HttpExchange exchange) throws IOException {
        try (var in = exchange.getRequestBody()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static void send(HttpExchange exchange, int status, byte[] body, Map<String, String> headers) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static void json(HttpExchange exchange, int status, Object body) throws IOException {
        send(exchange, status, JSON.writeValueAsBytes(body), Map.of());
    }

    /** Closes the connection without an answer: the work is done, the response is lost on the way. */
    static void drop(HttpExchange exchange) {
        exchange.close();
    }

    static void health(HttpExchange exchange) throws IOException {
        json(exchange, 200, Map.of("status", "UP"));
    }
}
