package dev.platter.gateway.web;

import dev.platter.platform.web.problem.ProblemType;
import dev.platter.platform.web.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem straight to the reactive response: the error handler, CORS, size and rate limits use it. */
@Component
public class ProblemResponses {

    /** Kind of the 504 the gateway answers when a downstream does not answer within its route's timeout. */
    public static final String GATEWAY_TIMEOUT = "gateway-timeout";

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemType type, String detail) {
        return write(exchange, Problems.of(type, detail, path(exchange)));
    }

    public Mono<Void> gatewayTimeout(ServerWebExchange exchange, String detail) {
        return write(
                exchange,
                Problems.of(
                        HttpStatus.GATEWAY_TIMEOUT,
                        ProblemType.uri(GATEWAY_TIMEOUT),
                        "Gateway timeout",
                        detail,
                        path(exchange)));
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
        var response = exchange.getResponse();
        response.setStatusCode(HttpStatus.valueOf(problem.getStatus()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().remove("Content-Length");
        var body = response.bufferFactory().wrap(json.writeValueAsBytes(problem));
        return response.writeWith(Mono.just(body));
    }

    private static String path(ServerWebExchange exchange) {
        return exchange.getRequest().getPath().value();
    }
}
