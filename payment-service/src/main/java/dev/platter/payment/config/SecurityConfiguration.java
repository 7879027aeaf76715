package dev.platter.payment.config;

import dev.platter.platform.web.idempotency.IdempotentEndpoints;
import dev.platter.platform.web.security.ServletSecurityConfiguration.ResourceServerSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. The Stripe webhook has no token: its signature is checked by the handler. {@code /internal/**}
 * is for services only, {@code /api/v1/admin/**} for admins; the rest of the API is for signed-in users, who see only
 * their own payments, wallet and points.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] USER_ROLES = {"CUSTOMER", "RESTAURANT_OWNER", "RIDER", "ADMIN"};

    @Bean
    SecurityFilterChain paymentServiceSecurity(HttpSecurity http, ResourceServerSecurity resourceServer)
            throws Exception {
        resourceServer.apply(http).authorizeHttpRequests(requests -> requests.requestMatchers(
                        HttpMethod.POST, "/webhooks/stripe")
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

    /**
     * Commands that move money by hand take an {@code Idempotency-Key}. The internal commands are idempotent on their
     * natural keys instead (the order id for a payment, the refund key for a refund).
     */
    @Bean
    IdempotentEndpoints idempotentEndpoints() {
        return IdempotentEndpoints.of(
                "POST /api/v1/admin/payments/{paymentId}/refunds",
                "POST /api/v1/admin/wallets/{customerId}/credits",
                "POST /api/v1/loyalty/redemptions");
    }
}
