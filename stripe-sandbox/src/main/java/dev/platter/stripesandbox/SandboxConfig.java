package dev.platter.stripesandbox;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * How the sandbox runs. Read from {@code --name=value} arguments first, then environment variables:
 * {@code --server.port} / {@code STRIPE_SANDBOX_PORT} (12111), {@code --sandbox.host} / {@code STRIPE_SANDBOX_HOST}
 * (127.0.0.1), {@code --sandbox.threads} / {@code STRIPE_SANDBOX_THREADS} (16),
 * {@code --sandbox.webhook-attempts} / {@code STRIPE_SANDBOX_WEBHOOK_ATTEMPTS} (4),
 * {@code --sandbox.webhook-retry-delay-ms} / {@code STRIPE_SANDBOX_WEBHOOK_RETRY_DELAY_MS} (500, doubled per
 * attempt), {@code --sandbox.api-version} / {@code STRIPE_SANDBOX_API_VERSION}. Other arguments are ignored, so it
 * can be started like any Platter service.
 *
 * @param threads threads answering requests
 * @param webhookThreads threads delivering webhooks (a duplicated webhook's copies go out at once)
 * @param webhookAttempts attempts per webhook, the first included, while the endpoint does not answer 2xx
 * @param webhookRetryDelay the delay before the second attempt, doubled for each further one
 * @param webhookTimeout how long an endpoint may take to answer
 * @param refundFailureDelay how long after its creation a refund of {@code pm_card_refundFail} fails
 * @param apiVersion the account's default API version: events and webhook endpoints are rendered in it
 */
public record SandboxConfig(
        String host,
        int port,
        int threads,
        int webhookThreads,
        int webhookAttempts,
        Duration webhookRetryDelay,
        Duration webhookTimeout,
        Duration refundFailureDelay,
        String apiVersion) {

    public static final int DEFAULT_PORT = 12111;
    public static final String DEFAULT_API_VERSION = "2026-01-28.clover";

    /** Defaults, on the given port (0 for any free port). */
    public static SandboxConfig onPort(int port) {
        return new SandboxConfig(
                "127.0.0.1",
                port,
                16,
                8,
                4,
                Duration.ofMillis(500),
                Duration.ofSeconds(10),
                Duration.ofMillis(500),
                DEFAULT_API_VERSION);
    }

    /** The same settings with webhooks retried after the given delay (tests use a short one). */
    public SandboxConfig withWebhookRetryDelay(Duration delay) {
        return new SandboxConfig(
                host,
                port,
                threads,
                webhookThreads,
                webhookAttempts,
                delay,
                webhookTimeout,
                refundFailureDelay,
                apiVersion);
    }

    static SandboxConfig from(String[] args, Map<String, String> env) {
        var options = new HashMap<String, String>();
        for (var arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        var defaults = onPort(DEFAULT_PORT);
        return new SandboxConfig(
                option(options, env, "sandbox.host", "STRIPE_SANDBOX_HOST", defaults.host()),
                Integer.parseInt(
                        option(options, env, "server.port", "STRIPE_SANDBOX_PORT", Integer.toString(DEFAULT_PORT))),
                Integer.parseInt(option(options, env, "sandbox.threads", "STRIPE_SANDBOX_THREADS", "16")),
                defaults.webhookThreads(),
                Integer.parseInt(
                        option(options, env, "sandbox.webhook-attempts", "STRIPE_SANDBOX_WEBHOOK_ATTEMPTS", "4")),
                Duration.ofMillis(Long.parseLong(option(
                        options,
                        env,
                        "sandbox.webhook-retry-delay-ms",
                        "STRIPE_SANDBOX_WEBHOOK_RETRY_DELAY_MS",
                        "500"))),
                defaults.webhookTimeout(),
                defaults.refundFailureDelay(),
                option(options, env, "sandbox.api-version", "STRIPE_SANDBOX_API_VERSION", DEFAULT_API_VERSION));
    }

    private static String option(
            Map<String, String> options, Map<String, String> env, String name, String variable, String fallback) {
        var value = options.get(name);
        if (value == null || value.isBlank()) {
            value = env.get(variable);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
