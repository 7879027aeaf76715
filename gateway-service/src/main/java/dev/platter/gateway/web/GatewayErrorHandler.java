package dev.platter.gateway.web;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR;

import dev.platter.gateway.routing.GatewayRoutes;
import dev.platter.platform.web.problem.ProblemStatus;
import dev.platter.platform.web.problem.ProblemType;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.netty.channel.ConnectTimeoutException;
import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.netty.channel.AbortedException;

/**
 * Every error the gateway answers itself is problem JSON with a stable type, never a stack trace: no route (404), a
 * downstream that cannot be reached or whose breaker is open (503), a downstream too slow (504 {@code
 * gateway-timeout}), bodies too large (413), and whatever else Spring raises, by its status. Replaces Spring Boot's
 * default handler (which renders an error map).
 */
@Component
class GatewayErrorHandler implements ErrorWebExceptionHandler, Ordered {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

    private final ProblemResponses problems;

    GatewayErrorHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return -2;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        exchange.getResponse().getHeaders().remove("Retry-After");
        for (var cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof PayloadTooLarge tooLarge) {
                return problems.write(exchange, ProblemType.PAYLOAD_TOO_LARGE, tooLarge.getReason());
            }
        }
        var service = service(exchange);
        if (isOpenBreaker(error)) {
            log.debug("Circuit breaker of {} is open", service);
            return problems.write(
                    exchange,
                    ProblemType.SERVICE_UNAVAILABLE,
                    "The " + service + " service is temporarily unavailable; try again shortly");
        }
        if (error instanceof BulkheadFullException || error.getCause() instanceof BulkheadFullException) {
            log.warn("Too many calls in flight to {}", service);
            return problems.write(
                    exchange,
                    ProblemType.SERVICE_UNAVAILABLE,
                    "The " + service + " service is too busy; try again shortly");
        }
        if (isTimeout(error)) {
            log.warn(
                    "{} did not answer {} in time",
                    service,
                    exchange.getRequest().getPath());
            return problems.gatewayTimeout(exchange, "The " + service + " service did not answer in time");
        }
        if (isUnreachable(error)) {
            log.warn("{} could not be reached: {}", service, error.toString());
            return problems.write(
                    exchange, ProblemType.SERVICE_UNAVAILABLE, "The " + service + " service is unavailable");
        }
        if (error instanceof ResponseStatusException status) {
            var code = status.getStatusCode().value();
            if (code == HttpStatus.GATEWAY_TIMEOUT.value()) {
                return problems.gatewayTimeout(exchange, "The " + service + " service did not answer in time");
            }
            if (code >= 500) {
                log.error("Gateway error {} on {}", code, exchange.getRequest().getPath(), error);
            }
            var type = ProblemStatus.typeFor(code);
            return problems.write(exchange, type, detail(type));
        }
        log.error("Unexpected gateway error on {}", exchange.getRequest().getPath(), error);
        return problems.write(exchange, ProblemType.INTERNAL, detail(ProblemType.INTERNAL));
    }

    private static String service(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(GATEWAY_ROUTE_ATTR);
        if (route == null) {
            return "downstream";
        }
        return String.valueOf(route.getMetadata().getOrDefault(GatewayRoutes.SERVICE_METADATA, route.getId()));
    }

    private static boolean isOpenBreaker(Throwable error) {
        return error instanceof CallNotPermittedException
                || error instanceof ServiceUnavailableException
                || error.getCause() instanceof CallNotPermittedException;
    }

    private static boolean isTimeout(Throwable error) {
        for (var cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException
                    || cause instanceof org.springframework.cloud.gateway.support.TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnreachable(Throwable error) {
        for (var cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException
                    || cause instanceof ConnectTimeoutException
                    || cause instanceof AbortedException
                    || cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static String detail(ProblemType type) {
        return switch (type) {
            case NOT_FOUND -> "No such resource";
            case METHOD_NOT_ALLOWED -> "This resource does not support the method";
            case PAYLOAD_TOO_LARGE -> "The request body is too large";
            case INTERNAL -> "Something went wrong on our side";
            default -> type.title();
        };
    }
}
