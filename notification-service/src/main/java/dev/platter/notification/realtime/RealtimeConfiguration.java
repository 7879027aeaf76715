package dev.platter.notification.realtime;

import dev.platter.notification.config.Json;
import dev.platter.notification.config.NotificationProperties;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import tools.jackson.databind.JsonNode;

/** The {@code /ws} endpoint, and this instance's subscription to the fan-out channel every instance publishes on. */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class RealtimeConfiguration implements WebSocketConfigurer {

    private final HubHandler handler;
    private final TokenHandshake handshake;
    private final NotificationProperties properties;

    RealtimeConfiguration(HubHandler handler, TokenHandshake handshake, NotificationProperties properties) {
        this.handler = handler;
        this.handshake = handshake;
        this.properties = properties;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(handler, "/ws")
                .addInterceptors(handshake)
                .setAllowedOriginPatterns(properties.realtime().allowedOrigins().toArray(String[]::new));
    }

    @Bean
    RedisMessageListenerContainer realtimeFanout(RedisConnectionFactory redis, ReplayLog replay, Hub hub) {
        var container = new RedisMessageListenerContainer();
        container.setConnectionFactory(redis);
        container.addMessageListener(
                (message, pattern) -> {
                    var json = new String(message.getBody(), StandardCharsets.UTF_8);
                    JsonNode node = Json.MAPPER.readTree(json);
                    hub.deliver(node.path("stream").asString(""), json);
                },
                new ChannelTopic(replay.channel()));
        return container;
    }
}
