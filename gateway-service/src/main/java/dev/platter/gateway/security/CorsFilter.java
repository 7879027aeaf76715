package dev.platter.gateway.security;

import dev.platter.gateway.config.GatewayProperties;
import dev.platter.gateway.web.ProblemResponses;
import dev.platter.platform.web.problem.ProblemType;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * CORS at the edge, from {@code platter.gateway.cors}: a preflight from an allowed origin is answered here (before
 * token checks, since browsers send preflights without credentials); a cross-origin request from any other origin is
 * refused with a 403 problem. Same-origin and non-browser requests pass untouched.
 */
@Component
class CorsFilter implements WebFilter, Ordered {

    /** After request ids and security headers, before size limits and security. */
    static final int ORDER = -150;

    private final CorsConfiguration configuration;
    private final DefaultCorsProcessor processor = new DefaultCorsProcessor();
    private final ProblemResponses problems;

    CorsFilter(GatewayProperties properties, ProblemResponses problems) {
        var cors = properties.cors();
        var configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(cors.allowedOrigins());
        configuration.setAllowedMethods(cors.allowedMethods());
        configuration.setAllowedHeaders(cors.allowedHeaders());
        configuration.setExposedHeaders(cors.exposedHeaders());
        configuration.setAllowCredentials(false);
        configuration.setMaxAge(cors.maxAge());
        this.configuration = configuration;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!CorsUtils.isCorsRequest(exchange.getRequest())) {
            return chain.filter(exchange);
        }
        if (!processor.process(configuration, exchange)) {
            return problems.write(
                    exchange, ProblemType.FORBIDDEN, "Cross-origin requests from this origin are not allowed");
        }
        if (CorsUtils.isPreFlightRequest(exchange.getRequest())) {
            exchange.getResponse().setStatusCode(HttpStatus.OK);
            return exchange.getResponse().setComplete();
        }
        return chain.filter(exchange);
    }
}
