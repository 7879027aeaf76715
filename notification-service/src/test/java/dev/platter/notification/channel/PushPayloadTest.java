package dev.platter.notification.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PushPayloadTest {

    @Test
    void keepsShortTextsAsTheyAre() {
        var payload =
                PushPayload.fit("Order accepted", "Ready at 20:00", Map.of("eventType", "OrderAccepted"), 100, 240);
        assertThat(payload.title()).isEqualTo("Order accepted");
        assertThat(payload.body()).isEqualTo("Ready at 20:00");
        assertThat(payload.data()).containsEntry("eventType", "OrderAccepted");
    }

    @Test
    void cutsLongTextsOnCharactersWithAnEllipsis() {
        var hindi = "ऑर्डर".repeat(100);
        var payload = PushPayload.fit("t".repeat(150), hindi, Map.of(), 100, 240);
        assertThat(payload.title()).hasSize(100).endsWith("…");
        assertThat(payload.body().codePointCount(0, payload.body().length())).isEqualTo(240);
        assertThat(payload.body()).endsWith("…");
    }

    @Test
    void dropsDataThatWouldTakeThePayloadPastFcmsLimit() {
        var data = new LinkedHashMap<String, String>();
        data.put("eventType", "OrderAccepted");
        data.put("huge", "x".repeat(5000));
        data.put("orderRef", "#0195A1B2");
        var payload = PushPayload.fit("title", "body", data, 100, 240);
        assertThat(payload.data()).containsOnlyKeys("eventType", "orderRef");
        int bytes = payload.data().entrySet().stream()
                        .mapToInt(e -> (e.getKey() + e.getValue()).getBytes(StandardCharsets.UTF_8).length)
                        .sum()
                + 9;
        assertThat(bytes).isLessThanOrEqualTo(PushPayload.MAX_BYTES);
    }

    @Test
    void readsRetryAfterInSecondsOrAsADate() {
        var now = Instant.parse("2026-12-03T12:00:00Z");
        assertThat(RetryAfter.parse("2", now)).isEqualTo(Duration.ofSeconds(2));
        assertThat(RetryAfter.parse("Thu, 03 Dec 2026 12:00:30 GMT", now)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Thu, 03 Dec 2026 11:00:00 GMT", now)).isEqualTo(Duration.ZERO);
        assertThat(RetryAfter.parse("soon", now)).isNull();
        assertThat(RetryAfter.parse(null, now)).isNull();
    }
}
