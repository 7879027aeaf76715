package dev.platter.stripesandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Posts events to webhook endpoints the way Stripe does: JSON body, {@code Stripe-Signature} header, retried with
 * back-off while the endpoint does not answer 2xx. Faults decide whether a delivery is dropped, delayed or
 * duplicated. Every attempt is recorded, so tests can see what was sent.
 */
final class WebhookSender implements AutoCloseable {

    private static final Logger log = Logger.getLogger(WebhookSender.class.getName());
    private static final int MAX_LOG = 20_000;

    /** One attempt to deliver an event to an endpoint. */
    record Attempt(String eventId, String type, String endpointId, String url, int attempt, int status, long at) {}

    /** Where an event goes: the endpoint's id, URL, secret and API version. */
    record Target(String endpointId, String url, String secret) {}

    private final SandboxConfig config;
    private final Faults faults;
    private final Clock clock;
    private final HttpClient http;
    private final ScheduledExecutorService executor;
    private final List<Attempt> attempts = new ArrayList<>();

    WebhookSender(SandboxConfig config, Faults faults, Clock clock) {
        this.config = config;
        this.faults = faults;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.executor = Executors.newScheduledThreadPool(4, runnable -> {
            var thread = new Thread(runnable, "stripe-sandbox-webhooks");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Delivers an event to each target, subject to the faults in force. */
    void deliver(String eventId, String type, String payload, List<Target> targets) {
        for (var target : targets) {
            var fate = faults.nextWebhook(type);
            switch (fate.action()) {
                case DROP -> log.info("Dropping " + type + " " + eventId + " for " + target.url());
                case DELAY ->
                    executor.schedule(
                            () -> attempt(eventId, type, payload, target, 1),
                            fate.delayMillis(),
                            TimeUnit.MILLISECONDS);
                case DUPLICATE -> {
                    for (int copy = 0; copy < fate.copies(); copy++) {
                        executor.execute(() -> attempt(eventId, type, payload, target, 1));
                    }
                }
                case DELIVER -> executor.execute(() -> attempt(eventId, type, payload, target, 1));
            }
        }
    }

    /** Sends an event again, as the dashboard's "resend" does: no faults apply. */
    void resend(String eventId, String type, String payload, List<Target> targets) {
        targets.forEach(target -> executor.execute(() -> attempt(eventId, type, payload, target, 1)));
    }

    private void attempt(String eventId, String type, String payload, Target target, int attempt) {
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
                    .POST(HttpRequest.BodyPublishers.ofString(payload))
                    .build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception e) {
            log.log(Level.FINE, "Webhook " + eventId + " to " + target.url() + " failed", e);
            status = 0;
        }
        record(new Attempt(eventId, type, target.endpointId(), target.url(), attempt, status, clock.millis()));
        if ((status < 200 || status >= 300) && attempt < config.webhookAttempts() && !executor.isShutdown()) {
            long delay = config.webhookRetryDelay().toMillis() << (attempt - 1);
            executor.schedule(() -> attempt(eventId, type, payload, target, attempt + 1), delay, TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void record(Attempt attempt) {
        if (attempts.size() >= MAX_LOG) {
            attempts.subList(0, MAX_LOG / 2).clear();
        }
        attempts.add(attempt);
    }

    synchronized List<Map<String, Object>> attempts(String eventId) {
        var result = new ArrayList<Map<String, Object>>();
        for (var attempt : attempts) {
            if (eventId.isEmpty() || attempt.eventId().equals(eventId)) {
                var row = new LinkedHashMap<String, Object>();
                row.put("event_id", attempt.eventId());
                row.put("type", attempt.type());
                row.put("endpoint", attempt.endpointId());
                row.put("url", attempt.url());
                row.put("attempt", attempt.attempt());
                row.put("status", attempt.status());
                row.put("at", attempt.at());
                result.add(row);
            }
        }
        return result;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
