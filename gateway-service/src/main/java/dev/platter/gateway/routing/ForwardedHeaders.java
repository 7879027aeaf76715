package dev.platter.gateway.routing;

import java.util.Locale;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * What a downstream learns about the client: exactly one {@code X-Forwarded-For} address (the client as {@link
 * ClientAddress} resolved it, so a service that throttles per address, such as user-service's login, reads the right
 * one whichever end of the list it takes), {@code X-Forwarded-Proto} and {@code X-Forwarded-Host}. Forwarding headers
 * the client sent are dropped. Runs after Spring Cloud Gateway's own header filters.
 * */
@Component
class ForwardedHeaders implements HttpHeadersFilter, Ordered {

    private final ClientAddress clientAddress;

    ForwardedHeaders(ClientAddress clientAddress) {
        this.clientAddress = clientAddress;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public boolean supports(Type type) {
        return type == Type.REQUEST;
    }

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        var headers = new HttpHeaders();
        input.forEach((name, values) -> {
            if (!isForwarding(name)) {
                headers.addAll(name, values);
            }
        });
        var request = exchange.getRequest();
        headers.set("X-Forwarded-For", clientAddress.of(exchange));
        headers.set("X-Forwarded-Proto", request.getURI().getScheme());
        var host = request.getHeaders().getFirst(HttpHeaders.HOST);
        if (host != null) {
            headers.set("X-Forwarded-Host", host);
        }
        return headers;
    }

    private static boolean isForwarding(String name) {
        var lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("x-forwarded-") || lower.equals("forwarded");
    }
}
