package dev.platter.notification.config;

import dev.platter.platform.web.security.ServletSecurityConfiguration.ResourceServerSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. Every user role reads its own inbox, preferences and devices; {@code /api/v1/admin/**} is for
 * admins. The WebSocket handshake at {@code /ws} authenticates the access token itself (browsers cannot set headers on
 * a WebSocket, so it also accepts the token as a query parameter) and refuses the upgrade without a valid one.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain notificationServiceSecurity(HttpSecurity http, ResourceServerSecurity resourceServer)
            throws Exception {
        resourceServer.apply(http).authorizeHttpRequests(requests -> requests.requestMatchers("/ws")
                .permitAll()
                .requestMatchers("/api/v1/admin/**")
                .hasRole("ADMIN")
                .requestMatchers("/api/v1/notifications/**")
                .hasAnyRole("CUSTOMER", "RESTAURANT_OWNER", "RIDER", "ADMIN")
                .anyRequest()
                .denyAll());
        return http.build();
    }
}
