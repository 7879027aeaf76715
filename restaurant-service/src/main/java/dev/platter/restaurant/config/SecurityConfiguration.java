package dev.platter.restaurant.config;

import dev.platter.platform.web.security.ServletSecurityConfiguration.ResourceServerSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. Browsing published restaurants, their menus and reviews is public; owners run their restaurants,
 * menus and kitchen; customers review; {@code /internal/**} is for services, {@code /api/v1/admin/**} for admins.
 * Ownership (an owner's own restaurant, a customer's own order) is checked by the modules against the data itself.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain restaurantServiceSecurity(HttpSecurity http, ResourceServerSecurity resourceServer)
            throws Exception {
        resourceServer.apply(http).authorizeHttpRequests(requests -> requests.requestMatchers("/internal/**")
                .hasRole("SERVICE")
                .requestMatchers("/api/v1/admin/**")
                .hasRole("ADMIN")
                .requestMatchers(HttpMethod.GET, "/api/v1/restaurants/mine")
                .hasRole("RESTAURANT_OWNER")
                .requestMatchers(
                        HttpMethod.GET,
                        "/api/v1/restaurants",
                        "/api/v1/restaurants/*",
                        "/api/v1/restaurants/*/menu",
                        "/api/v1/restaurants/*/reviews")
                .permitAll()
                .requestMatchers("/api/v1/restaurants/**", "/api/v1/kitchen/**")
                .hasRole("RESTAURANT_OWNER")
                .requestMatchers(HttpMethod.POST, "/api/v1/reviews")
                .hasRole("CUSTOMER")
                .requestMatchers(HttpMethod.POST, "/api/v1/reviews/*/reply")
                .hasRole("RESTAURANT_OWNER")
                .anyRequest()
                .denyAll());
        return http.build();
    }
}
