package dev.platter.gateway.routing;

import dev.platter.gateway.config.GatewayProperties;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.server.ServerWebExchange;

/**
 * Who the client is, by address: the TCP peer, unless the peer is a trusted proxy ({@code
 * platter.gateway.trusted-proxies}, e.g. the load balancer in front of the gateway); then the right-most address in
 * {@code X-Forwarded-For} that is not itself a trusted proxy. Addresses a client wrote into {@code X-Forwarded-For}
 * itself are never believed, so nobody escapes a per-address limit by inventing a header.
 */
@Component
public class ClientAddress {

    static final String UNKNOWN = "unknown";

    private final @Nullable Pattern trustedProxies;

    @Autowired
    public ClientAddress(GatewayProperties properties) {
        this(properties.trustedProxies());
    }

    ClientAddress(@Nullable String trustedProxies) {
        this.trustedProxies = StringUtils.hasText(trustedProxies) ? Pattern.compile(trustedProxies) : null;
    }

    public String of(ServerWebExchange exchange) {
        var peer = peer(exchange.getRequest().getRemoteAddress());
        if (!isTrusted(peer)) {
            return peer;
        }
        var forwarded = exchange.getRequest().getHeaders().getValuesAsList("X-Forwarded-For");
        return rightMostUntrusted(forwarded, peer);
    }

    String rightMostUntrusted(List<String> forwardedFor, String peer) {
        for (int i = forwardedFor.size() - 1; i >= 0; i--) {
            var candidate = forwardedFor.get(i).trim();
            if (!candidate.isEmpty() && !isTrusted(candidate)) {
                return candidate;
            }
        }
        return peer;
    }

    boolean isTrusted(String address) {
        return trustedProxies != null && trustedProxies.matcher(address).matches();
    }

    private static String peer(@Nullable InetSocketAddress remote) {
        if (remote == null) {
            return UNKNOWN;
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }
}
