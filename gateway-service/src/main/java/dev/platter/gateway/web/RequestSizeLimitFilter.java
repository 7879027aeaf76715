package dev.platter.gateway.web;

import dev.platter.platform.web.config.PlatterProperties;
import dev.platter.platform.web.problem.ProblemType;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses request bodies above {@code platter.web.max-request-bytes} (the same limit the services apply) with a 413
 * problem: at once when {@code Content-Length} says so, before anything is read or forwarded; while streaming when a
 * chunked body grows past the limit.
 */
@Component
class RequestSizeLimitFilter implements WebFilter, Ordered {

    /** After request ids and CORS, before security: an oversized body is refused without further work. */
    static final int ORDER = -140;

    private final long maxBytes;
    private final ProblemResponses problems;

    RequestSizeLimitFilter(PlatterProperties properties, ProblemResponses problems) {
        this.maxBytes = properties.web().maxRequestBytes();
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var request = exchange.getRequest();
        long length = request.getHeaders().getContentLength();
        if (length > maxBytes) {
            return problems.write(
                    exchange, ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than " + maxBytes + " bytes");
        }
        if (length >= 0) {
            return chain.filter(exchange);
        }
        var limited = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                var seen = new AtomicLong();
                return super.getBody().handle((buffer, sink) -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > maxBytes) {
                        DataBufferUtils.release(buffer);
                        sink.error(new PayloadTooLarge(maxBytes));
                    } else {
                        sink.next(buffer);
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(limited).build());
    }
}
