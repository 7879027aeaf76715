package dev.platter.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.platter.analytics.AnalyticsServiceIT;
import dev.platter.analytics.CityDay;
import dev.platter.platform.test.TestEvents;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The replay command empties the derived state and rebuilds it from the topics' beginning to the same numbers. */
class ReplayIT extends AnalyticsServiceIT {

    private static final CityDay DAY = new CityDay(Instant.parse("2027-01-01T00:00:00Z"));
    private static final Person OPS = admin();

    private JsonNode admin(String path) throws Exception {
        return ok(get("/api/v1/admin/analytics/" + path, OPS.token()), 200);
    }

    /** Everything the API answers about the day. */
    private List<JsonNode> figures() throws Exception {
        var city = URLEncoder.encode(DAY.city, StandardCharsets.UTF_8);
        return List.of(
                admin("overview?" + DAY.range()),
                admin("overview?" + DAY.range() + "&city=" + city),
                admin("overview?from=" + DAY.at(1, 0) + "&to=" + DAY.at(121, 0)),
                admin("orders-per-minute?from=" + DAY.at(0, 0) + "&to=" + DAY.at(70, 0)),
                admin("restaurants/top?" + DAY.range() + "&city=" + city),
                admin("riders?" + DAY.range()),
                ok(get("/api/v1/analytics/overview?" + DAY.range(), DAY.spiceGardenOwner.token()), 200));
    }

    @Test
    void rebuildsEveryFigureFromTheTopicsBeginningToTheSameNumbers() throws Exception {
        DAY.shuffledWithDuplicates(42).forEach(TestEvents::publish);
        awaitHandled(DAY.events());
        var before = figures();
        assertThat(before.get(0).get("delivery").get("delivered").asLong()).isEqualTo(3);
        assertThat(before.get(0).get("riders").get("onlineMinutes").asDouble()).isEqualTo(230.0);
        assertThat(before.get(5).get("riders")).hasSize(3);
        assertThat(before.get(6).get("orders").get("placed").asLong()).isEqualTo(3);
        long eventsBefore = admin("replay").get("eventsApplied").asLong();

        var started = ok(post("/api/v1/admin/analytics/replay", OPS.token()), 202);
        assertThat(started.get("ordersCleared").asLong())
                .as("the day's six orders at least")
                .isGreaterThanOrEqualTo(6);
        assertThat(started.get("eventsForgotten").asLong()).isEqualTo(eventsBefore);

        await().atMost(Duration.ofSeconds(60))
                .until(() -> admin("replay").get("eventsApplied").asLong(), count -> count == eventsBefore);
        awaitHandled(DAY.events());
        assertThat(figures()).isEqualTo(before);
    }
}
