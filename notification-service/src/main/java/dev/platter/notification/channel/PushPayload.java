package dev.platter.notification.channel;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one push carries, kept within FCM's limits: title and body cut to the configured lengths (on a character
 * boundary, with an ellipsis), and the whole payload (title, body, data keys and values) within {@link #MAX_BYTES};
 * data entries that do not fit are dropped, last first.
 */
record PushPayload(String title, String body, Map<String, String> data) {

    /** FCM refuses a message whose notification and data payload exceed 4096 bytes. */
    static final int MAX_BYTES = 4096;

    static PushPayload fit(String title, String body, Map<String, String> data, int maxTitle, int maxBody) {
        var fittedTitle = cut(title, maxTitle);
        var fittedBody = cut(body, maxBody);
        var fittedData = new LinkedHashMap<String, String>();
        int bytes = bytes(fittedTitle) + bytes(fittedBody);
        for (var entry : data.entrySet()) {
            int size = bytes(entry.getKey()) + bytes(entry.getValue());
            if (bytes + size <= MAX_BYTES) {
                fittedData.put(entry.getKey(), entry.getValue());
                bytes += size;
            }
        }
        return new PushPayload(fittedTitle, fittedBody, fittedData);
    }

    static String cut(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        int end = text.offsetByCodePoints(0, Math.max(0, max - 1));
        return text.substring(0, end) + "…";
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
