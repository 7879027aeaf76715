package dev.platter.platform.web.probe;

import dev.platter.platform.web.idempotency.IdempotentEndpoints;
import dev.platter.platform.web.security.ServletSecurityConfiguration.ResourceServerSecurity;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A small service built on platform-web alone, the way every Platter service is: the plumbing's tests drive it over
 * HTTP and Kafka, in the test JVM or as a separate process that can be killed.
 */
@SpringBootApplication
public class ProbeApplication {

    public static void main(String[] args) {
        SpringApplication.run(ProbeApplication.class, args);
    }

    @Bean
    SecurityFilterChain probeSecurity(HttpSecurity http, ResourceServerSecurity resourceServer) throws Exception {
        resourceServer.apply(http).authorizeHttpRequests(requests -> requests.requestMatchers("/probe/admin")
                .hasRole("ADMIN")
                .anyRequest()
                .authenticated());
        return http.build();
    }

    @Bean
    IdempotentEndpoints idempotentEndpoints() {
        return IdempotentEndpoints.of("POST /probe/orders", "POST /probe/flaky-orders");
    }
}
