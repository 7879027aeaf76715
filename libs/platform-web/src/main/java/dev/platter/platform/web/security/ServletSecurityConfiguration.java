package dev.platter.platform.web.security;

import dev.platter.platform.web.config.PlatterProperties;
import dev.platter.platform.web.problem.ProblemWriter;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every servlet service is an OAuth2 resource server: it validates the access token itself (never trusting a header
 * set by the gateway) and refuses suspended users. A service that needs its own rules declares its own
 * {@link SecurityFilterChain} and starts it with {@link ResourceServerSecurity#apply(HttpSecurity)}.
 */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
public class ServletSecurityConfiguration {

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(
            PlatterProperties properties, Clock clock, SuspendedUsers suspendedUsers, StringRedisTemplate redis) {
        var decoder = NimbusJwtDecoder.withJwkSetUri(properties.security().jwksUri())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        OAuth2TokenValidator<Jwt> notSuspended = jwt -> suspendedUsers.isSuspended(
                        jwt.getSubject(), userId -> redis.opsForSet().isMember(suspendedUsers.key(), userId))
                ? TokenValidation.failure("The account is suspended")
                : OAuth2TokenValidatorResult.success();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                List.of(TokenValidation.validator(properties.security(), clock), notSuspended)));
        return decoder;
    }

    @Bean
    @ConditionalOnMissingBean
    ResourceServerSecurity resourceServerSecurity(JwtDecoder jwtDecoder, ProblemWriter problems) {
        return new ResourceServerSecurity(jwtDecoder, problems);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain platterDefaultSecurity(HttpSecurity http, ResourceServerSecurity resourceServer)
            throws Exception {
        resourceServer.apply(http).authorizeHttpRequests(requests -> requests.anyRequest()
                .authenticated());
        return http.build();
    }

    /** The parts of a servlet service's security that every service shares. */
    public static final class ResourceServerSecurity {

        private final JwtDecoder decoder;
        private final ProblemWriter problems;

        ResourceServerSecurity(JwtDecoder decoder, ProblemWriter problems) {
            this.decoder = decoder;
            this.problems = problems;
        }

        /**
         * Stateless, no CSRF (bearer tokens, no cookies), JWT resource server, problem JSON for 401/403, and the
         * endpoints that are public on every service (health, metrics, OpenAPI, the error page). The caller adds
         * its own rules and ends with a catch-all.
         */
        public HttpSecurity apply(HttpSecurity http) throws Exception {
            return http.csrf(csrf -> csrf.disable())
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .httpBasic(basic -> basic.disable())
                    .formLogin(form -> form.disable())
                    .logout(logout -> logout.disable())
                    .requestCache(cache -> cache.disable())
                    .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.decoder(decoder)
                                    .jwtAuthenticationConverter(TokenValidation.authenticationConverter()))
                            .authenticationEntryPoint(problems.authenticationEntryPoint())
                            .accessDeniedHandler(problems.accessDeniedHandler()))
                    .exceptionHandling(exceptions -> exceptions
                            .authenticationEntryPoint(problems.authenticationEntryPoint())
                            .accessDeniedHandler(problems.accessDeniedHandler()))
                    .authorizeHttpRequests(requests -> requests.requestMatchers(
                                    "/actuator/health",
                                    "/actuator/health/**",
                                    "/actuator/info",
                                    "/actuator/prometheus",
                                    "/v3/api-docs",
                                    "/v3/api-docs/**",
                                    "/error")
                            .permitAll());
        }
    }
}
