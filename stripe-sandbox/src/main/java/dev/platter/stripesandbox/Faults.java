package dev.platter.stripesandbox;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Failures one account's sandbox is told to cause, each for a number of matching occasions: webhooks dropped (never
 * delivered), delayed or duplicated (the same event posted several times at once), and responses dropped after the
 * work was done (the connection closes without an answer). Faults are taken in the order they were added.
 */
final class Faults {

    /** What happens to one webhook delivery. */
    enum WebhookAction {
        /** Delivered as usual. */
        DELIVER,
        /** Never delivered, not retried. */
        DROP,
        /** Delivered after a delay. */
        DELAY,
        /** Delivered several times at once. */
        DUPLICATE
    }

    /** The fate of one delivery: the action, the delay, how many copies. */
    record WebhookFate(WebhookAction action, long delayMillis, int copies) {
        static final WebhookFate NORMAL = new WebhookFate(WebhookAction.DELIVER, 0, 1);
    }

    private static final class WebhookFault {
        final WebhookAction action;
        final @Nullable String eventType;
        final long delayMillis;
        final int copies;
        int remaining;

        WebhookFault(WebhookAction action, @Nullable String eventType, long delayMillis, int copies, int remaining) {
            this.action = action;
            this.eventType = eventType;
            this.delayMillis = delayMillis;
            this.copies = copies;
            this.remaining = remaining;
        }
    }

    /**
     * How a response is lost: {@code CLOSE} closes the connection at once (the client sees the connection end without
     * an answer); {@code TIMEOUT} keeps it open without answering for {@code holdMillis}, so the client's read
     * timeout fires (stripe-java retries a read timeout when {@code maxNetworkRetries} is set, not a closed
     * connection).
     */
    enum ResponseLoss {
        CLOSE,
        TIMEOUT
    }

    /** A response to lose, and how. */
    record ResponseDrop(ResponseLoss loss, long holdMillis) {}

    private static final class ResponseFault {
        final @Nullable String method;
        final @Nullable String path;
        final ResponseDrop drop;
        int remaining;

        ResponseFault(@Nullable String method, @Nullable String path, ResponseDrop drop, int remaining) {
            this.method = method;
            this.path = path;
            this.drop = drop;
            this.remaining = remaining;
        }
    }

    private final List<WebhookFault> webhookFaults = new ArrayList<>();
    private final List<ResponseFault> responseFaults = new ArrayList<>();

    synchronized void webhook(
            WebhookAction action, @Nullable String eventType, long delayMillis, int copies, int count) {
        webhookFaults.add(new WebhookFault(action, eventType, delayMillis, Math.max(1, copies), Math.max(1, count)));
    }

    synchronized void response(@Nullable String method, @Nullable String path, ResponseDrop drop, int count) {
        responseFaults.add(new ResponseFault(method, path, drop, Math.max(1, count)));
    }

    synchronized void clear() {
        webhookFaults.clear();
        responseFaults.clear();
    }

    /** Takes the first fault that matches this event type, if any. */
    synchronized WebhookFate nextWebhook(String eventType) {
        for (Iterator<WebhookFault> it = webhookFaults.iterator(); it.hasNext(); ) {
            var fault = it.next();
            if (fault.eventType == null || fault.eventType.equals(eventType)) {
                if (--fault.remaining <= 0) {
                    it.remove();
                }
                return new WebhookFate(fault.action, fault.delayMillis, fault.copies);
            }
        }
        return WebhookFate.NORMAL;
    }

    /** Whether and how the response to this request is to be lost (consumes one occasion). */
    synchronized @Nullable ResponseDrop dropResponse(String method, String path) {
        for (Iterator<ResponseFault> it = responseFaults.iterator(); it.hasNext(); ) {
            var fault = it.next();
            if ((fault.method == null || fault.method.equalsIgnoreCase(method))
                    && (fault.path == null || pathMatches(fault.path, path))) {
                if (--fault.remaining <= 0) {
                    it.remove();
                }
                return fault.drop;
            }
        }
        return null;
    }

    /**
     * A path pattern matches a request path segment by segment, and a {@code *} segment matches any one segment:
     * {@code /v1/payment_intents} matches only creation, {@code /v1/payment_intents/{star}/capture} (with a star
     * for the id) every capture.
     */
    static boolean pathMatches(String pattern, String path) {
        var expected = trim(pattern).split("/");
        var actual = trim(path).split("/");
        if (expected.length != actual.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (!expected[i].equals("*") && !expected[i].equals(actual[i])) {
                return false;
            }
        }
        return true;
    }

    private static String trim(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    synchronized Map<String, Object> describe() {
        var webhooks = webhookFaults.stream()
                .map(fault -> {
                    var row = new LinkedHashMap<String, Object>();
                    row.put("action", fault.action.name().toLowerCase(Locale.ROOT));
                    row.put("eventType", fault.eventType);
                    row.put("delayMillis", fault.delayMillis);
                    row.put("copies", fault.copies);
                    row.put("remaining", fault.remaining);
                    return row;
                })
                .toList();
        var responses = responseFaults.stream()
                .map(fault -> {
                    var row = new LinkedHashMap<String, Object>();
                    row.put("method", fault.method);
                    row.put("path", fault.path);
                    row.put("mode", fault.drop.loss().name().toLowerCase(Locale.ROOT));
                    row.put("holdMillis", fault.drop.holdMillis());
                    row.put("remaining", fault.remaining);
                    return row;
                })
                .toList();
        return Map.of("webhooks", webhooks, "responses", responses);
    }
}
