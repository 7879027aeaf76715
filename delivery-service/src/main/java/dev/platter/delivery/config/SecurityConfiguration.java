package dev.platter.delivery.config;

import dev.platter.platform.web.security.ServletSecurityConfiguration.ResourceServerSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what: riders their own profile, shift, positions, offers and deliveries ({@code /api/v1/riders/**});
 * customers the tracking of their own delivery; admins {@code /api/v1/admin/**}. Which offer, delivery or tracking a
 * caller may touch is checked against the data itself (someone else's answers 404).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain deliveryServiceSecurity(HttpSecurity http, ResourceServerSecurity resourceServer)
            throws Exception {
        resourceServer.apply(http).authorizeHttpRequests(requests -> requests.requestMatchers("/api/v1/admin/**")
                .hasRole("ADMIN")
                .requestMatchers("/api/v1/riders/**")
                .hasRole("RIDER")
                .requestMatchers(HttpMethod.GET, "/api/v1/deliveries/*/tracking")
                .hasRole("CUSTOMER")
                .anyRequest()
                .denyAll());
        return http.build();
    }
}
