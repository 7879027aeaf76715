package dev.platter.user.config;

import dev.platter.platform.web.security.ServletSecurityConfiguration.ResourceServerSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. Public: register, login, refresh, logout (the refresh token is the credential), the JWKS, and
 * the client-credentials exchange for service tokens. {@code /internal/**} is for services only, {@code /api/v1/admin}
 * for admins; the rest of the API is for signed-in users (a service token does not speak for a user).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] USER_ROLES = {"CUSTOMER", "RESTAURANT_OWNER", "RIDER", "ADMIN"};

    @Bean
    SecurityFilterChain userServiceSecurity(HttpSecurity http, ResourceServerSecurity resourceServer) throws Exception {
        resourceServer.apply(http).authorizeHttpRequests(requests -> requests.requestMatchers(
                        HttpMethod.POST,
                        "/api/v1/auth/register",
                        "/api/v1/auth/login",
                        "/api/v1/auth/refresh",
                        "/api/v1/auth/logout",
                        "/internal/tokens")
                .permitAll()
                .requestMatchers(HttpMethod.GET, "/.well-known/jwks.json")
                .permitAll()
                .requestMatchers("/internal/**")
                .hasRole("SERVICE")
                .requestMatchers("/api/v1/admin/**")
                .hasRole("ADMIN")
                .requestMatchers("/api/v1/**")
                .hasAnyRole(USER_ROLES)
                .anyRequest()
                .authenticated());
        return http.build();
    }
}
