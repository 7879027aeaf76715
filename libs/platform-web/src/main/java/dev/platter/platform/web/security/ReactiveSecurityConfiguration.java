package dev.platter.platform.web.security;

import dev.platter.platform.web.config.PlatterProperties;
import dev.platter.platform.web.problem.ProblemType;
import dev.platter.platform.web.problem.Problems;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** The same token rules as {@link ServletSecurityConfiguration}, for the reactive gateway. */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration"
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableWebFluxSecurity
public class ReactiveSecurityConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ReactiveJwtDecoder reactiveJwtDecoder(
            PlatterProperties properties,
            Clock clock,
            SuspendedUsers suspendedUsers,
            ReactiveStringRedisTemplate redis) {
        var decoder = NimbusReactiveJwtDecoder.withJwkSetUri(
                        properties.security().jwksUri())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(TokenValidation.validator(properties.security(), clock));
        return token -> decoder.decode(token).flatMap(jwt -> isSuspended(jwt.getSubject(), suspendedUsers, redis)
                .flatMap(suspended ->
                        suspended ? Mono.error(new BadJwtException("The account is suspended")) : Mono.just(jwt)));
    }

    private static Mono<Boolean> isSuspended(
            String userId, SuspendedUsers suspendedUsers, ReactiveStringRedisTemplate redis) {
        var cached = suspendedUsers.cached(userId);
        if (cached != null) {
            return Mono.just(cached);
        }
        return redis.opsForSet()
                .isMember(suspendedUsers.key(), userId)
                .map(suspended -> suspendedUsers.remember(userId, suspended))
                .onErrorResume(e -> Mono.just(suspendedUsers.unknown(userId, e)));
    }

    @Bean
    @ConditionalOnMissingBean
    ReactiveResourceServerSecurity reactiveResourceServerSecurity(ReactiveJwtDecoder decoder, JsonMapper json) {
        return new ReactiveResourceServerSecurity(decoder, json);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityWebFilterChain.class)
    SecurityWebFilterChain platterDefaultWebFluxSecurity(
            ServerHttpSecurity http, ReactiveResourceServerSecurity resourceServer) {
        return resourceServer
                .apply(http)
                .authorizeExchange(exchanges -> exchanges.anyExchange().authenticated())
                .build();
    }

    /** The parts of the gateway's security shared with every reactive service. */
    public static final class ReactiveResourceServerSecurity {

        private final ReactiveJwtDecoder decoder;
        private final JsonMapper json;

        ReactiveResourceServerSecurity(ReactiveJwtDecoder decoder, JsonMapper json) {
            this.decoder = decoder;
            this.json = json;
        }

        public ServerHttpSecurity apply(ServerHttpSecurity http) {
            return http.csrf(csrf -> csrf.disable())
                    .httpBasic(basic -> basic.disable())
                    .formLogin(form -> form.disable())
                    .logout(logout -> logout.disable())
                    .requestCache(cache -> cache.disable())
                    .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtDecoder(decoder)
                                    .jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(
                                            TokenValidation.authenticationConverter())))
                            .authenticationEntryPoint(entryPoint())
                            .accessDeniedHandler(accessDenied()))
                    .exceptionHandling(exceptions ->
                            exceptions.authenticationEntryPoint(entryPoint()).accessDeniedHandler(accessDenied()))
                    .authorizeExchange(exchanges -> exchanges
                            .pathMatchers(
                                    "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
                            .permitAll());
        }

        public ServerAuthenticationEntryPoint entryPoint() {
            return (exchange, e) -> write(exchange, ProblemType.UNAUTHENTICATED, "A valid access token is required");
        }

        public ServerAccessDeniedHandler accessDenied() {
            return (exchange, e) -> write(exchange, ProblemType.FORBIDDEN, "Your role does not allow this");
        }

        private Mono<Void> write(ServerWebExchange exchange, ProblemType type, String detail) {
            var problem =
                    Problems.of(type, detail, exchange.getRequest().getPath().value());
            var response = exchange.getResponse();
            response.setStatusCode(type.status());
            response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            if (type == ProblemType.UNAUTHENTICATED) {
                response.getHeaders().set("WWW-Authenticate", "Bearer");
            }
            DataBuffer body = response.bufferFactory().wrap(json.writeValueAsBytes(problem));
            return response.writeWith(Mono.just(body));
        }
    }
}
