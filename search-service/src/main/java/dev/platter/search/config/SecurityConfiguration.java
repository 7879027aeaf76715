package dev.platter.search.config;

import dev.platter.platform.web.security.ServletSecurityConfiguration.ResourceServerSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. Searching and suggestions are public; recommendations are a signed-in customer's own;
 * rebuilding the index is for admins.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain searchServiceSecurity(HttpSecurity http, ResourceServerSecurity resourceServer)
            throws Exception {
        resourceServer.apply(http).authorizeHttpRequests(requests -> requests.requestMatchers("/api/v1/admin/**")
                .hasRole("ADMIN")
                .requestMatchers(HttpMethod.GET, "/api/v1/search/recommendations")
                .hasRole("CUSTOMER")
                .requestMatchers(
                        HttpMethod.GET, "/api/v1/search/restaurants", "/api/v1/search/dishes", "/api/v1/search/suggest")
                .permitAll()
                .anyRequest()
                .denyAll());
        return http.build();
    }
}
