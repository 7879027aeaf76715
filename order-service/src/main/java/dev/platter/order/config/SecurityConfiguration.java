package dev.platter.order.config;

import dev.platter.platform.web.security.ServletSecurityConfiguration.ResourceServerSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. Customers check out, cancel and open support cases; owners and riders read the orders that
 * concern them; {@code /internal/**} is for services, {@code /api/v1/admin/**} for admins. Which order a caller may
 * see (their own, their restaurant's, the one they deliver) is checked by the order module against the data itself.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain orderServiceSecurity(HttpSecurity http, ResourceServerSecurity resourceServer)
            throws Exception {
        resourceServer.apply(http).authorizeHttpRequests(requests -> requests.requestMatchers("/internal/**")
                .hasRole("SERVICE")
                .requestMatchers("/api/v1/admin/**")
                .hasRole("ADMIN")
                .requestMatchers(HttpMethod.GET, "/api/v1/orders/restaurant", "/api/v1/orders/restaurant/**")
                .hasRole("RESTAURANT_OWNER")
                .requestMatchers(HttpMethod.GET, "/api/v1/orders/deliveries", "/api/v1/orders/deliveries/**")
                .hasRole("RIDER")
                .requestMatchers("/api/v1/orders/**", "/api/v1/orders", "/api/v1/cart/**", "/api/v1/support/**")
                .hasRole("CUSTOMER")
                .anyRequest()
                .denyAll());
        return http.build();
    }
}
