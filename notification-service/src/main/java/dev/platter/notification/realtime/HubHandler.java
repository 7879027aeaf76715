package dev.platter.notification.realtime;

import dev.platter.notification.config.Json;
import dev.platter.notification.config.NotificationProperties;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The client's side of {@code /ws}: JSON text frames. {@code {"action":"subscribe","stream":"order:<id>"}} follows a
 * stream (answered {@code subscribed} or {@code refused}); with {@code "since":"<instant>"} the messages sent after
 * that time are replayed first. {@code {"action":"unsubscribe","stream":...}} stops. Messages arrive as
 * {@code {"type":"event","id":...,"stream":...,"event":"OrderAccepted","occurredAt":...,"at":...,"data":{...}}}.
 */
@Component
class HubHandler extends TextWebSocketHandler {

    private final Hub hub;
    private final SubscriptionPolicy policy;
    private final ReplayLog replay;
    private final NotificationProperties.Realtime properties;
    private final Map<String, WebSocketSession> decorated = new ConcurrentHashMap<>();

    HubHandler(Hub hub, SubscriptionPolicy policy, ReplayLog replay, NotificationProperties properties) {
        this.hub = hub;
        this.policy = policy;
        this.replay = replay;
        this.properties = properties.realtime();
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        var safe = new ConcurrentWebSocketSessionDecorator(
                session,
                (int) properties.sendTimeLimit().toMillis(),
                properties.sendBufferBytes(),
                ConcurrentWebSocketSessionDecorator.OverflowStrategy.TERMINATE);
        decorated.put(session.getId(), safe);
        hub.connected(safe);
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        var safe = decorated.remove(session.getId());
        if (safe != null) {
            hub.disconnected(safe);
        }
    }

    @Override
    protected void handleTextMessage(WebSocketSession raw, TextMessage frame) {
        var session = decorated.getOrDefault(raw.getId(), raw);
        JsonNode command;
        try {
            command = Json.MAPPER.readTree(frame.getPayload());
        } catch (JacksonException e) {
            reply(session, Map.of("type", "error", "detail", "A frame is one JSON object"));
            return;
        }
        var action = command.path("action").asString("");
        var streamName = command.path("stream").asString("");
        var stream = Streams.parse(streamName);
        if (!action.equals("subscribe") && !action.equals("unsubscribe")) {
            reply(session, Map.of("type", "error", "detail", "action is subscribe or unsubscribe"));
            return;
        }
        if (stream.isEmpty()) {
            reply(session, Map.of("type", "error", "detail", "stream is order:<id>, restaurant:<id> or rider:<id>"));
            return;
        }
        if (action.equals("unsubscribe")) {
            hub.unfollow(session, stream.get().name());
            reply(session, Map.of("type", "unsubscribed", "stream", stream.get().name()));
            return;
        }
        Instant since = null;
        if (command.hasNonNull("since")) {
            try {
                since = Instant.parse(command.get("since").asString(""));
            } catch (DateTimeParseException e) {
                reply(session, Map.of("type", "error", "detail", "since is an ISO-8601 instant"));
                return;
            }
        }
        var principal = (SubscriptionPolicy.Principal) raw.getAttributes().get(TokenHandshake.PRINCIPAL);
        if (principal == null || !policy.allows(principal, stream.get())) {
            reply(session, Map.of("type", "refused", "stream", stream.get().name(), "reason", "not-allowed"));
            return;
        }
        if (hub.follows(session) >= properties.maxSubscriptions()) {
            reply(session, Map.of("type", "refused", "stream", stream.get().name(), "reason", "too-many-streams"));
            return;
        }
        // follow first, then replay: nothing falls between the two (a message may come twice; its id tells)
        hub.follow(session, stream.get().name());
        var missed = since == null
                ? java.util.List.<String>of()
                : replay.since(stream.get().name(), since);
        reply(session, Map.of("type", "subscribed", "stream", stream.get().name(), "replayed", missed.size()));
        for (var message : missed) {
            Hub.send(session, new TextMessage(message));
        }
    }

    private static void reply(WebSocketSession session, Map<String, Object> body) {
        Hub.send(session, new TextMessage(Json.MAPPER.writeValueAsString(body)));
    }
}
