package dev.platter.gateway.routing;

import static org.springframework.cloud.gateway.support.RouteMetadataUtils.CONNECT_TIMEOUT_ATTR;
import static org.springframework.cloud.gateway.support.RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR;

import dev.platter.gateway.config.GatewayProperties;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * The route table of ARCHITECTURE §3: every public prefix goes to the service that owns it, each service's admin
 * areas ({@code /api/v1/admin/<area>/**}) too, and {@code /v3/api-docs/<service>} to that service's OpenAPI document.
 * Nothing routes {@code /internal/**}: those paths answer 404 at the edge.
 *
 * <p>Every HTTP route has its service's response timeout (504 when exceeded), one circuit breaker per service
 * (shared by all its routes), and retries for GET only, when the service could not be reached or answered 502/503.
 */
@Configuration(proxyBeanMethods = false)
public class GatewayRoutes {

    /** Route metadata naming the downstream service (used by problem details and the breaker). */
    public static final String SERVICE_METADATA = "platter-service";

    /** Public prefixes by owning service. */
    static final Map<String, List<String>> PREFIXES = new LinkedHashMap<>();

    /** {@code /api/v1/admin/<area>/**} by owning service. */
    static final Map<String, List<String>> ADMIN_AREAS = new LinkedHashMap<>();

    static {
        PREFIXES.put(
                "user",
                List.of("/api/v1/auth/**", "/api/v1/users/**", "/api/v1/applications/**", "/.well-known/jwks.json"));
        PREFIXES.put("restaurant", List.of("/api/v1/restaurants/**", "/api/v1/kitchen/**", "/api/v1/reviews/**"));
        PREFIXES.put("order", List.of("/api/v1/cart/**", "/api/v1/orders/**", "/api/v1/support/**"));
        PREFIXES.put(
                "payment",
                List.of(
                        "/api/v1/payments/**",
                        "/api/v1/wallet/**",
                        "/api/v1/promotions/**",
                        "/api/v1/loyalty/**",
                        "/webhooks/stripe"));
        PREFIXES.put("delivery", List.of("/api/v1/riders/**", "/api/v1/deliveries/**"));
        PREFIXES.put("notification", List.of("/api/v1/notifications/**"));
        PREFIXES.put("search", List.of("/api/v1/search/**"));
        PREFIXES.put("analytics", List.of("/api/v1/analytics/**"));

        ADMIN_AREAS.put("user", List.of("users", "applications"));
        ADMIN_AREAS.put("restaurant", List.of("restaurants", "reviews"));
        ADMIN_AREAS.put("order", List.of("orders", "support"));
        ADMIN_AREAS.put("payment", List.of("payments", "promotions", "wallets"));
        ADMIN_AREAS.put("delivery", List.of("riders", "deliveries"));
        ADMIN_AREAS.put("notification", List.of("notifications"));
        ADMIN_AREAS.put("search", List.of("search"));
        ADMIN_AREAS.put("analytics", List.of("analytics"));
    }

    /** The downstream services, in the order of the architecture's table. */
    public static List<String> services() {
        return List.copyOf(PREFIXES.keySet());
    }

    @Bean
    RouteLocator platterRoutes(RouteLocatorBuilder builder, GatewayProperties properties) {
        var routes = builder.routes();
        for (var entry : PREFIXES.entrySet()) {
            var name = entry.getKey();
            var service = properties.service(name);
            var admin = ADMIN_AREAS.get(name).stream()
                    .map(area -> "/api/v1/admin/" + area + "/**")
                    .toList();
            routes.route(name, r -> r.path(entry.getValue().toArray(String[]::new))
                    .filters(f -> resilient(f, name, properties))
                    .metadata(timeouts(name, properties))
                    .uri(service.uri()));
            routes.route(name + "-admin", r -> r.path(admin.toArray(String[]::new))
                    .filters(f -> resilient(f, name, properties))
                    .metadata(timeouts(name, properties))
                    .uri(service.uri()));
            routes.route(name + "-api-docs", r -> r.path("/v3/api-docs/" + name)
                    .filters(f -> resilient(f.setPath("/v3/api-docs"), name, properties))
                    .metadata(timeouts(name, properties))
                    .uri(service.uri()));
        }
        // WebSocket upgrades (and SockJS-style HTTP fallbacks) to the notification hub; long-lived, so no response
        // timeout, breaker or retry.
        var notification = properties.service("notification");
        routes.route("notification-ws", r -> r.path("/ws", "/ws/**")
                .metadata(Map.of(SERVICE_METADATA, "notification", CONNECT_TIMEOUT_ATTR, millis(properties)))
                .uri(notification.uri()));
        return routes.build();
    }

    private static GatewayFilterSpec resilient(
            GatewayFilterSpec filters, String service, GatewayProperties properties) {
        var retry = properties.retry();
        return filters.circuitBreaker(breaker -> breaker.setName(service))
                .retry(config -> config.setRetries(retry.retries())
                        .setMethods(HttpMethod.GET)
                        .setSeries()
                        .setStatuses(HttpStatus.BAD_GATEWAY, HttpStatus.SERVICE_UNAVAILABLE)
                        .setExceptions(IOException.class)
                        .setBackoff(new RetryGatewayFilterFactory.BackoffConfig(
                                retry.firstBackoff(), retry.maxBackoff(), 2, true)));
    }

    private static Map<String, Object> timeouts(String name, GatewayProperties properties) {
        return Map.of(
                SERVICE_METADATA,
                name,
                RESPONSE_TIMEOUT_ATTR,
                properties.service(name).responseTimeout().toMillis(),
                CONNECT_TIMEOUT_ATTR,
                millis(properties));
    }

    private static int millis(GatewayProperties properties) {
        return (int) properties.connectTimeout().toMillis();
    }
}
