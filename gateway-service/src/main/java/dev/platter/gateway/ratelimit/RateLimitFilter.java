package dev.platter.gateway.ratelimit;

import dev.platter.gateway.config.GatewayProperties;
import dev.platter.gateway.routing.ClientAddress;
import dev.platter.gateway.web.ProblemResponses;
import dev.platter.platform.web.problem.ProblemType;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Counts every request (but health probes) against its budgets, after the token check so the user is known: the
 * client address's budget always; the user's (JWT {@code sub}) when there is a token; and the stricter
 * authentication budget per client address on login, registration and password endpoints. Over budget: 429 problem
 * with {@code Retry-After}.
 */
@Component
class RateLimitFilter implements WebFilter, Ordered {

    /** Right after Spring Security's filter chain (-100). */
    static final int ORDER = -90;

    private final RateLimiter limiter;
    private final ClientAddress clientAddress;
    private final GatewayProperties.RateLimits limits;
    private final List<PathPattern> authPaths;
    private final ProblemResponses problems;

    RateLimitFilter(
            RateLimiter limiter, ClientAddress clientAddress, GatewayProperties properties, ProblemResponses problems) {
        this.limiter = limiter;
        this.clientAddress = clientAddress;
        this.limits = properties.rateLimits();
        this.authPaths = limits.authPaths().stream()
                .map(PathPatternParser.defaultInstance::parse)
                .toList();
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var path = exchange.getRequest().getPath().pathWithinApplication();
        if (path.value().startsWith("/actuator/")) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .map(RateLimitFilter::userId)
                .defaultIfEmpty("")
                .flatMap(user -> limiter.check(budgets(exchange, path, user)))
                .flatMap(verdict -> verdict.allowed() ? chain.filter(exchange) : refuse(exchange, verdict));
    }

    private List<Budget> budgets(ServerWebExchange exchange, PathContainer path, String user) {
        var address = clientAddress.of(exchange);
        var budgets = new ArrayList<Budget>(3);
        budgets.add(new Budget("address", address, limits.perAddress()));
        if (!user.isEmpty()) {
            budgets.add(new Budget("user", user, limits.perUser()));
        }
        if (exchange.getRequest().getMethod() != HttpMethod.GET && isAuthPath(path)) {
            budgets.add(new Budget("auth", address, limits.auth()));
        }
        return budgets;
    }

    private boolean isAuthPath(PathContainer path) {
        for (var pattern : authPaths) {
            if (pattern.matches(path)) {
                return true;
            }
        }
        return false;
    }

    private Mono<Void> refuse(ServerWebExchange exchange, Verdict verdict) {
        exchange.getResponse().getHeaders().set("Retry-After", Long.toString(verdict.retryAfterSeconds()));
        var budget = verdict.exceeded();
        var what = budget == null
                ? "requests"
                : switch (budget.name()) {
                    case "auth" -> "sign-in attempts";
                    case "user" -> "requests from this account";
                    default -> "requests from this address";
                };
        return problems.write(
                exchange,
                ProblemType.RATE_LIMITED,
                "Too many " + what + "; retry after " + verdict.retryAfterSeconds() + " s");
    }

    private static String userId(Principal principal) {
        return principal instanceof JwtAuthenticationToken jwt ? jwt.getToken().getSubject() : principal.getName();
    }
}
