package dev.platter.gateway.security;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Security headers Spring Security does not write on its own, on every response the gateway sends (proxied or its
 * own), unless the service already set them: a Content-Security-Policy that allows nothing (the API serves data, not
 * pages; the documentation UI is exempt), HSTS also on plain HTTP (TLS ends at the load balancer in front), and a
 * Permissions-Policy. Spring Security adds nosniff, frame options, referrer policy and no-store caching.
 */
@Component
class SecurityHeadersFilter implements WebFilter, Ordered {

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";
    static final String HSTS = "max-age=31536000 ; includeSubDomains";

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var path = exchange.getRequest().getPath().pathWithinApplication().value();
        var documentation = path.startsWith("/swagger-ui") || path.startsWith("/webjars/");
        exchange.getResponse().beforeCommit(() -> {
            var headers = exchange.getResponse().getHeaders();
            if (!documentation) {
                setIfAbsent(headers, "Content-Security-Policy", API_POLICY);
            }
            setIfAbsent(headers, "Strict-Transport-Security", HSTS);
            setIfAbsent(headers, "Permissions-Policy", "geolocation=(), camera=(), microphone=()");
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    private static void setIfAbsent(HttpHeaders headers, String name, String value) {
        if (!headers.containsHeader(name)) {
            headers.set(name, value);
        }
    }
}
