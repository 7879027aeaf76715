package dev.platter.platform.web.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The endpoints of a service that take an {@code Idempotency-Key}: a service declares one bean of this type, e.g.
 * {@code IdempotentEndpoints.of("POST /api/v1/orders", "POST /internal/refunds")}, and the shared filter does the
 * rest.
 */
public final class IdempotentEndpoints {

    private final List<Endpoint> endpoints;

    private IdempotentEndpoints(List<Endpoint> endpoints) {
        this.endpoints = endpoints;
    }

    /** Each entry is an HTTP method, a space and a path pattern. */
    public static IdempotentEndpoints of(String... endpoints) {
        return new IdempotentEndpoints(
                Arrays.stream(endpoints).map(Endpoint::parse).toList());
    }

    boolean matches(HttpServletRequest request) {
        var path = PathContainer.parsePath(request.getRequestURI());
        return endpoints.stream().anyMatch(endpoint -> endpoint.matches(request.getMethod(), path));
    }

    private record Endpoint(String method, PathPattern pattern) {

        static Endpoint parse(String endpoint) {
            var parts = endpoint.trim().split("\\s+", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("Expected 'METHOD /path', got '" + endpoint + "'");
            }
            return new Endpoint(
                    parts[0].toUpperCase(java.util.Locale.ROOT), PathPatternParser.defaultInstance.parse(parts[1]));
        }

        boolean matches(String requestMethod, PathContainer path) {
            return method.equals(requestMethod) && pattern.matches(path);
        }
    }
}
