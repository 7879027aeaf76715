package dev.platter.gateway.security;

import dev.platter.gateway.web.ProblemResponses;
import dev.platter.platform.web.problem.ProblemType;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Requests Spring Security's firewall refuses before anything else looks at them (paths with {@code ..}, encoded
 * slashes, semicolons and the like, which could otherwise reach a path the route table does not mean, such as {@code
 * /internal/**}): 400 problem JSON.
 */
@Component
class RejectedRequests implements ServerExchangeRejectedHandler {

    private final ProblemResponses problems;

    RejectedRequests(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        return problems.write(exchange, ProblemType.MALFORMED_REQUEST, "The request path is not acceptable");
    }
}
