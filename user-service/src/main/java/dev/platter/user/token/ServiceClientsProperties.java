package dev.platter.user.token;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The internal callers that may obtain a service token: {@code platter.users.service-clients.<clientId>=<secret>}.
 * Local defaults live in {@code application.yml}; production sets every secret from the environment.
 */
@ConfigurationProperties("platter.users")
record ServiceClientsProperties(Map<String, String> serviceClients) {

    ServiceClientsProperties {
        serviceClients = serviceClients == null ? Map.of() : Map.copyOf(serviceClients);
    }
}
