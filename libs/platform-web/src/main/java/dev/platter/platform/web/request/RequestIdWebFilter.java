package dev.platter.platform.web.request;

import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every reactive request a request id, forwarded downstream (so the service's logs carry the same id) and
 * returned to the caller.
 */
public class RequestIdWebFilter implements WebFilter, Ordered {

    /** First of all filters, so even a request refused by security carries its id back. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var requestId = RequestIds.accept(exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER));
        exchange.getResponse().getHeaders().set(RequestIds.HEADER, requestId);
        var forwarded = exchange.mutate()
                .request(request -> request.headers(headers -> headers.set(RequestIds.HEADER, requestId)))
                .build();
        return chain.filter(forwarded).contextWrite(context -> context.put(RequestIds.MDC_KEY, requestId));
    }
}
