package dev.platter.stripesandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Posts events to webhook endpoints the way Stripe does: JSON body, {@code Stripe-Signature} header, retried with
 * back-off while the endpoint does not answer 2xx. Faults decide whether a delivery is dropped, delayed or
 * duplicated (each account has its own faults). Every attempt is recorded in its account, so tests can see what was
 * sent.
 */
final class WebhookSender implements AutoCloseable {

    private static final Logger log = Logger.getLogger(WebhookSender.class.getName());

    /** One attempt to deliver an event to an endpoint; status 0 when the endpoint could not be reached. */
    record Attempt(String eventId, String type, String endpointId, String url, int attempt, int status, long at) {}

    /** Where an event goes: the endpoint's id, URL and signing secret. */
    record Target(String endpointId, String url, String secret) {}

    /** The account a delivery belongs to: where its attempts are recorded. */
    interface Recorder {
        void record(Attempt attempt);
    }

    private final SandboxConfig config;
    private final Clock clock;
    private final HttpClient http;
    private final ScheduledExecutorService executor;

    WebhookSender(SandboxConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        var threads = new AtomicInteger();
        this.executor = Executors.newScheduledThreadPool(config.webhookThreads(), runnable -> {
            var thread = new Thread(runnable, "stripe-sandbox-webhooks-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Delivers an event to an endpoint, subject to the account's faults in force. */
    void deliver(Faults faults, Recorder recorder, String eventId, String type, String payload, Target target) {
        var fate = faults.nextWebhook(type);
        switch (fate.action()) {
            case DROP -> log.info("Dropping " + type + " " + eventId + " for " + target.url());
            case DELAY ->
                executor.schedule(
                        () -> attempt(recorder, eventId, type, payload, target, 1),
                        fate.delayMillis(),
                        TimeUnit.MILLISECONDS);
            case DUPLICATE -> {
                for (int copy = 0; copy < fate.copies(); copy++) {
                    executor.execute(() -> attempt(recorder, eventId, type, payload, target, 1));
                }
            }
            case DELIVER -> executor.execute(() -> attempt(recorder, eventId, type, payload, target, 1));
        }
    }

    /** Sends an event again, as the dashboard's "resend" does: no faults apply. */
    void resend(Recorder recorder, String eventId, String type, String payload, Target target) {
        executor.execute(() -> attempt(recorder, eventId, type, payload, target, 1));
    }

    /** Runs a task later on the delivery threads (e.g. a refund that fails after it was created). */
    void later(Runnable task, Duration delay) {
        executor.schedule(
                () -> {
                    try {
                        task.run();
                    } catch (RuntimeException e) {
                        log.log(Level.WARNING, "A scheduled sandbox task failed", e);
                    }
                },
                delay.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void attempt(Recorder recorder, String eventId, String type, String payload, Target target, int attempt) {
        int status;
        try {
            var request = HttpRequest.newBuilder(URI.create(target.url()))
                    .timeout(config.webhookTimeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)")
                    .header(
                            Signatures.HEADER,
                            Signatures.header(
                                    target.secret(), payload, clock.instant().getEpochSecond()))
                    .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
                    .build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (IOException | RuntimeException e) {
            log.log(Level.FINE, "Webhook " + eventId + " to " + target.url() + " failed", e);
            status = 0;
        }
        recorder.record(new Attempt(eventId, type, target.endpointId(), target.url(), attempt, status, clock.millis()));
        if ((status < 200 || status >= 300) && attempt < config.webhookAttempts() && !executor.isShutdown()) {
            long delay = config.webhookRetryDelay().toMillis() << Math.min(attempt - 1, 16);
            try {
                executor.schedule(
                        () -> attempt(recorder, eventId, type, payload, target, attempt + 1),
                        delay,
                        TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                log.fine("Shutting down: not retrying " + eventId);
            }
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
