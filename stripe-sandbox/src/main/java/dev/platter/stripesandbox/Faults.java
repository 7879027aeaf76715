package dev.platter.stripesandbox;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Failures the sandbox is told to cause, each for a number of matching occasions: webhooks dropped (never
 * delivered), delayed or duplicated (the same event posted several times at once), and responses dropped after the
 * work was done (the connection closes without an answer).
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

    private static final class ResponseFault {
        final @Nullable String method;
        final @Nullable String pathPrefix;
        int remaining;

        ResponseFault(@Nullable String method, @Nullable String pathPrefix, int remaining) {
            this.method = method;
            this.pathPrefix = pathPrefix;
            this.remaining = remaining;
        }
    }

    private final List<WebhookFault> webhookFaults = new ArrayList<>();
    private final List<ResponseFault> responseFaults = new ArrayList<>();

    synchronized void webhook(
            WebhookAction action, @Nullable String eventType, long delayMillis, int copies, int count) {
        webhookFaults.add(new WebhookFault(action, eventType, delayMillis, Math.max(1, copies), Math.max(1, count)));
    }

    synchronized void response(@Nullable String method, @Nullable String pathPrefix, int count) {
        responseFaults.add(new ResponseFault(method, pathPrefix, Math.max(1, count)));
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

    /** Whether the response to this request is to be dropped (consumes one occasion). */
    synchronized boolean dropResponse(String method, String path) {
        for (Iterator<ResponseFault> it = responseFaults.iterator(); it.hasNext(); ) {
            var fault = it.next();
            if ((fault.method == null || fault.method.equalsIgnoreCase(method))
                    && (fault.pathPrefix == null || path.startsWith(fault.pathPrefix))) {
                if (--fault.remaining <= 0) {
                    it.remove();
                }
                return true;
            }
        }
        return false;
    }

    synchronized Map<String, Object> describe() {
        return Map.of("webhookFaults", webhookFaults.size(), "responseFaults", responseFaults.size());
    }
}
