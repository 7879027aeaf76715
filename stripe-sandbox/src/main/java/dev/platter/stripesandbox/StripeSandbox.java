package dev.platter.stripesandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Logger;

/**
 * The sandbox server: Stripe's API under {@code /v1}, the fault and test controls under {@code /_sandbox}, and a
 * health answer under {@code /actuator/health} so it is started and watched like the services.
 */
public final class StripeSandbox implements AutoCloseable {

    private static final Logger log = Logger.getLogger(StripeSandbox.class.getName());

    private final HttpServer server;
    private final ExecutorService requests;
    private final WebhookSender webhooks;
    private final SandboxConfig config;

    private StripeSandbox(HttpServer server, ExecutorService requests, WebhookSender webhooks, SandboxConfig config) {
        this.server = server;
        this.requests = requests;
        this.webhooks = webhooks;
        this.config = config;
    }

    public static void main(String[] args) {
        var sandbox = start(SandboxConfig.from(args, System.getenv()));
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "stripe-sandbox-shutdown"));
        log.info("stripe-sandbox listening on http://" + sandbox.config().host() + ":" + sandbox.port());
    }

    /** Starts a sandbox (port 0 picks a free one). */
    public static StripeSandbox start(SandboxConfig config) {
        // Without TCP_NODELAY every small answer waits for the client's delayed ACK (about 40 ms per call). The JDK
        // server reads this once, when its first server is made.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            var clock = Clock.systemUTC();
            var webhooks = new WebhookSender(config, clock);
            var accounts = new Accounts(config, clock, webhooks);
            var server = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 128);
            var requests = Executors.newFixedThreadPool(config.threads());
            server.setExecutor(requests);
            server.createContext("/v1/", new ApiHandler(accounts));
            server.createContext("/_sandbox/", new ControlHandler(accounts));
            server.createContext("/actuator/health", Http::health);
            server.start();
            return new StripeSandbox(server, requests, webhooks, config);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start stripe-sandbox on port " + config.port(), e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    SandboxConfig config() {
        return config;
    }

    /** Where stripe-java should send its requests: {@code Stripe.overrideApiBase} or the client's api base. */
    public String apiBase() {
        return "http://" + config.host() + ":" + port();
    }

    @Override
    public void close() {
        server.stop(0);
        requests.shutdownNow();
        webhooks.close();
    }
}
