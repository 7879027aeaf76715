package dev.platter.notification.realtime;

import dev.platter.platform.web.security.TokenValidation;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Authenticates the WebSocket upgrade with the access token, validated by the same decoder (and rules, suspension
 * included) as every REST call: from the {@code Authorization: Bearer} header, or the {@code access_token} query
 * parameter for browsers, which cannot set headers on a WebSocket. Without a valid token the upgrade answers 401.
 */
@Component
class TokenHandshake implements HandshakeInterceptor {

    static final String PRINCIPAL = "platter.principal";

    private final JwtDecoder decoder;

    TokenHandshake(JwtDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public boolean beforeHandshake(
            ServerHttpRequest request,
            ServerHttpResponse response,
            WebSocketHandler handler,
            Map<String, Object> attributes) {
        var token = token(request);
        if (token == null) {
            response.setStatusCode(HttpStatus.UNAUTHORIZED);
            return false;
        }
        try {
            var jwt = decoder.decode(token);
            var roles = jwt.getClaimAsStringList(TokenValidation.ROLES_CLAIM);
            attributes.put(
                    PRINCIPAL,
                    new SubscriptionPolicy.Principal(
                            UUID.fromString(jwt.getSubject()), roles == null ? List.of() : List.copyOf(roles)));
            return true;
        } catch (JwtException | IllegalArgumentException invalid) {
            response.setStatusCode(HttpStatus.UNAUTHORIZED);
            return false;
        }
    }

    private static @Nullable String token(ServerHttpRequest request) {
        var header = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return header.substring(7).strip();
        }
        return UriComponentsBuilder.fromUri(request.getURI())
                .build()
                .getQueryParams()
                .getFirst("access_token");
    }

    @Override
    public void afterHandshake(
            ServerHttpRequest request,
            ServerHttpResponse response,
            WebSocketHandler handler,
            @Nullable Exception exception) {}
}
