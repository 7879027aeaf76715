package dev.platter.gateway.support;

import io.netty.handler.codec.http.HttpHeaderNames;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * A downstream service stand-in on a free loopback port that records every request it receives. Paths decide the
 * answer: containing {@code slow} → answers after 10 s; containing {@code unavailable} → 503; a WebSocket upgrade →
 * echoes each message prefixed with the service name; anything else → 200 JSON naming the service. It can be taken
 * down (connection refused) and brought back on the same port.
 */
public final class StubDownstream {

    /** A request as the stub saw it; header names lower-case. */
    public record Received(String method, String uri, Map<String, List<String>> headers, String body) {

        public @Nullable String header(String name) {
            var values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : String.join(",", values);
        }

        public String path() {
            var query = uri.indexOf('?');
            return query < 0 ? uri : uri.substring(0, query);
        }
    }

    private final String name;
    private final Queue<Received> received = new ConcurrentLinkedQueue<>();
    private volatile @Nullable DisposableServer server;
    private volatile int port;

    StubDownstream(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public String uri() {
        return "http://127.0.0.1:" + port;
    }

    synchronized StubDownstream start() {
        server = HttpServer.create()
                .host("127.0.0.1")
                .port(port)
                .handle(this::handle)
                .bindNow(Duration.ofSeconds(10));
        port = server.port();
        return this;
    }

    /** Stops listening: connections are refused until {@link #up()}. */
    public synchronized void down() {
        var running = server;
        if (running != null) {
            running.disposeNow(Duration.ofSeconds(5));
            server = null;
        }
    }

    /** Listens again on the same port. */
    public synchronized void up() {
        if (server == null) {
            start();
        }
    }

    /** Requests received with this exact path (no query). */
    public List<Received> receivedAt(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    private Mono<Void> handle(HttpServerRequest request, HttpServerResponse response) {
        var headers = new TreeMap<String, List<String>>();
        request.requestHeaders().forEach(entry -> headers.computeIfAbsent(
                        entry.getKey().toLowerCase(Locale.ROOT), key -> new java.util.ArrayList<>())
                .add(entry.getValue()));
        var uri = request.uri();
        if (request.isWebsocket()
                || "websocket".equalsIgnoreCase(request.requestHeaders().get(HttpHeaderNames.UPGRADE))) {
            received.add(new Received(request.method().name(), uri, headers, ""));
            return response.sendWebsocket(
                    (in, out) -> out.sendString(in.receive().asString().map(message -> name + ":" + message)));
        }
        return request.receive().aggregate().asString().defaultIfEmpty("").flatMap(body -> {
            received.add(new Received(request.method().name(), uri, Map.copyOf(headers), body));
            if (uri.contains("slow")) {
                return Mono.delay(Duration.ofSeconds(10)).then(json(response, 200));
            }
            if (uri.contains("unavailable")) {
                return json(response, 503);
            }
            return json(response, 200);
        });
    }

    private Mono<Void> json(HttpServerResponse response, int status) {
        return response.status(status)
                .header("Content-Type", "application/json")
                .header("Access-Control-Allow-Origin", "*")
                .sendString(Mono.just("{\"service\":\"" + name + "\"}"))
                .then();
    }
}
