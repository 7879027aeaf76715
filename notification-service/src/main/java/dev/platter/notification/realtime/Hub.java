package dev.platter.notification.realtime;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

/** The connections this instance holds and the streams each follows; delivers a message to local followers. */
@Component
class Hub {

    private static final Logger log = LoggerFactory.getLogger(Hub.class);

    private final Map<String, Set<WebSocketSession>> followers = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> streamsOfSession = new ConcurrentHashMap<>();
    private final Map<String, WebSocketSession> sessions = new ConcurrentHashMap<>();

    Hub(MeterRegistry meters) {
        Gauge.builder("platter.realtime.connections", sessions, Map::size)
                .description("WebSocket connections this instance holds")
                .register(meters);
    }

    void connected(WebSocketSession session) {
        sessions.put(session.getId(), session);
        streamsOfSession.put(session.getId(), ConcurrentHashMap.newKeySet());
    }

    void disconnected(WebSocketSession session) {
        sessions.remove(session.getId());
        var streams = streamsOfSession.remove(session.getId());
        if (streams != null) {
            streams.forEach(stream -> unfollow(session, stream));
        }
    }

    int follows(WebSocketSession session) {
        var streams = streamsOfSession.get(session.getId());
        return streams == null ? 0 : streams.size();
    }

    void follow(WebSocketSession session, String stream) {
        followers.computeIfAbsent(stream, key -> ConcurrentHashMap.newKeySet()).add(session);
        var streams = streamsOfSession.get(session.getId());
        if (streams != null) {
            streams.add(stream);
        }
    }

    void unfollow(WebSocketSession session, String stream) {
        followers.computeIfPresent(stream, (key, set) -> {
            set.remove(session);
            return set.isEmpty() ? null : set;
        });
        var streams = streamsOfSession.get(session.getId());
        if (streams != null) {
            streams.remove(stream);
        }
    }

    void deliver(String stream, String json) {
        var local = followers.get(stream);
        if (local == null) {
            return;
        }
        var message = new TextMessage(json);
        for (var session : local) {
            send(session, message);
        }
    }

    static void send(WebSocketSession session, TextMessage message) {
        try {
            session.sendMessage(message);
        } catch (IOException | IllegalStateException e) {
            log.info("Closing WebSocket {} that cannot take messages: {}", session.getId(), e.getMessage());
            try {
                session.close(CloseStatus.SESSION_NOT_RELIABLE);
            } catch (IOException ignored) {
                // already gone
            }
        }
    }
}
