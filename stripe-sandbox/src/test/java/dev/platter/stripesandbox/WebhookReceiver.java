package dev.platter.stripesandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A payment-service stand-in: a small HTTP server that keeps every webhook posted to it. */
final class WebhookReceiver implements AutoCloseable {

    /** A webhook as it arrived: its body and its {@code Stripe-Signature} header. */
    record Received(String payload, String signature) {}

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/webhooks/stripe", exchange -> {
            try (exchange) {
                var payload = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                if (failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                    exchange.sendResponseHeaders(500, -1);
                    return;
                }
                received.add(new Received(payload, exchange.getRequestHeaders().getFirst("Stripe-Signature")));
                exchange.sendResponseHeaders(200, -1);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks/stripe";
    }

    /** The next {@code count} deliveries are answered 500 (and not kept). */
    void failNext(int count) {
        failuresLeft.set(count);
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
