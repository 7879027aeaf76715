package dev.platter.gateway.security;

import dev.platter.platform.web.security.ReactiveSecurityConfiguration.ReactiveResourceServerSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;

/**
 * Which requests need a token at the edge. The token itself is checked by platform-web's reactive decoder (RS256,
 * JWKS from user-service, issuer, audience, {@code typ}, suspension) and forwarded unchanged; each service checks it
 * again.
 *
 * <p>Public (ARCHITECTURE §4): register, login, refresh, logout (it names the session by its refresh token, so it
 * works after the access token expired), the JWKS, browsing restaurants and menus (GET), search (GET,
 * except recommendations), the Stripe webhook (its signature is its authentication), health, and the API
 * documentation. {@code /api/v1/admin/**} needs the {@code ADMIN} role already here. {@code /internal/**} passes
 * security only to meet no route: 404. Everything else needs a valid token.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurityConfiguration {

    static final String[] DOCUMENTATION = {
        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/swagger-ui/**"
    };

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ReactiveResourceServerSecurity resourceServer) {
        return resourceServer
                .apply(http)
                .oauth2ResourceServer(server -> server.bearerTokenConverter(bearerTokens()))
                .headers(headers -> headers.frameOptions(frame -> frame.mode(Mode.DENY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .hsts(hsts -> hsts.includeSubdomains(true)))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(
                                HttpMethod.POST,
                                "/api/v1/auth/register",
                                "/api/v1/auth/login",
                                "/api/v1/auth/refresh",
                                "/api/v1/auth/logout")
                        .permitAll()
                        .pathMatchers(HttpMethod.GET, "/.well-known/jwks.json")
                        .permitAll()
                        .pathMatchers("/api/v1/search/recommendations", "/api/v1/search/recommendations/**")
                        .authenticated()
                        .pathMatchers(HttpMethod.GET, "/api/v1/restaurants", "/api/v1/restaurants/**")
                        .permitAll()
                        .pathMatchers(HttpMethod.GET, "/api/v1/search", "/api/v1/search/**")
                        .permitAll()
                        .pathMatchers(HttpMethod.POST, "/webhooks/stripe")
                        .permitAll()
                        .pathMatchers(HttpMethod.GET, DOCUMENTATION)
                        .permitAll()
                        .pathMatchers("/internal", "/internal/**")
                        .permitAll()
                        .pathMatchers("/api/v1/admin/**")
                        .hasRole("ADMIN")
                        .anyExchange()
                        .authenticated())
                .build();
    }

    /**
     * Bearer tokens from the {@code Authorization} header; on the WebSocket handshake ({@code GET /ws}) also from the
     * {@code access_token} query parameter, because browsers cannot set headers on a WebSocket.
     */
    private static ServerAuthenticationConverter bearerTokens() {
        var header = new ServerBearerTokenAuthenticationConverter();
        var headerOrQuery = new ServerBearerTokenAuthenticationConverter();
        headerOrQuery.setAllowUriQueryParameter(true);
        return exchange -> {
            var path = exchange.getRequest().getPath().pathWithinApplication().value();
            var converter = path.equals("/ws") || path.startsWith("/ws/") ? headerOrQuery : header;
            return converter.convert(exchange);
        };
    }
}
