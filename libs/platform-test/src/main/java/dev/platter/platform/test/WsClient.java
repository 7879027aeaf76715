package dev.platter.platform.test;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A WebSocket client as an app would be: connects with the access token, sends commands, keeps what arrives. */
public final class WsClient implements WebSocket.Listener, AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    private @Nullable WebSocket socket;

    public static WsClient connect(int port, String token) {
        return connect(URI.create("ws://127.0.0.1:" + port + "/ws"), token);
    }

    /** Connects to a hub at {@code ws://host:port/ws} (a service's, or the gateway's) with the token as a browser sends it. */
    public static WsClient connect(URI hub, String token) {
        var client = new WsClient();
        client.socket = HTTP.newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .buildAsync(URI.create(hub + "?access_token=" + token), client)
                .join();
        return client;
    }

    /** The HTTP status of a refused upgrade, or 101 when it went through. */
    public static int handshakeStatus(int port, @Nullable String headerToken) {
        var builder = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        if (headerToken != null) {
            builder.header("Authorization", "Bearer " + headerToken);
        }
        try {
            builder.buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), new WsClient())
                    .join()
                    .abort();
            return 101;
        } catch (CompletionException e) {
            if (e.getCause() instanceof java.net.http.WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
    }

    public void send(Map<String, Object> command) {
        java.util.Objects.requireNonNull(socket, "not connected")
                .sendText(JSON.writeValueAsString(command), true)
                .join();
    }

    public void subscribe(String stream) {
        send(Map.of("action", "subscribe", "stream", stream));
    }

    public void subscribe(String stream, java.time.Instant since) {
        send(Map.of("action", "subscribe", "stream", stream, "since", since.toString()));
    }

    /** Subscribes and waits for the answer: {@code subscribed} or {@code refused}. */
    public String subscribeAndAwait(String stream) {
        subscribe(stream);
        return awaitReply(stream);
    }

    public String awaitReply(String stream) {
        return await().until(
                        () -> received.stream()
                                .filter(m -> stream.equals(m.path("stream").asString("")))
                                .filter(m -> !m.path("type").asString("").equals("event"))
                                .reduce((first, second) -> second),
                        java.util.Optional::isPresent)
                .orElseThrow()
                .get("type")
                .asString();
    }

    /** The events received on this stream, in the order they arrived. */
    public List<JsonNode> events(String stream) {
        return received.stream()
                .filter(m -> m.path("type").asString("").equals("event"))
                .filter(m -> stream.equals(m.path("stream").asString("")))
                .toList();
    }

    public List<String> eventTypes(String stream) {
        return events(stream).stream().map(m -> m.get("event").asString()).toList();
    }

    public List<JsonNode> received(Predicate<JsonNode> which) {
        return received.stream().filter(which).toList();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            received.add(JSON.readTree(partial.toString()));
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.abort();
        }
    }
}
