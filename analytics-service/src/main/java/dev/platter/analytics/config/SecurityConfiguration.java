package dev.platter.analytics.config;

import dev.platter.platform.web.security.ServletSecurityConfiguration.ResourceServerSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what: operations (ADMIN) see every figure and may replay; restaurant owners see their own restaurants'
 * figures (ownership is checked against the RestaurantUpserted replica by the query module). Nothing else is open.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain analyticsServiceSecurity(HttpSecurity http, ResourceServerSecurity resourceServer)
            throws Exception {
        resourceServer.apply(http).authorizeHttpRequests(requests -> requests.requestMatchers(
                        "/api/v1/admin/analytics/**")
                .hasRole("ADMIN")
                .requestMatchers("/api/v1/analytics/**")
                .hasRole("RESTAURANT_OWNER")
                .anyRequest()
                .denyAll());
        return http.build();
    }
}
