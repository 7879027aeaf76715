package dev.platter.analytics.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.analytics.AnalyticsServiceIT;
import dev.platter.platform.events.EventHeaders;
import dev.platter.platform.events.Topics;
import dev.platter.platform.test.Infrastructure;
import dev.platter.platform.test.TestRun;
import dev.platter.platform.test.TopicReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** Who may ask what, bad questions answered with problems, and a malformed record set aside. */
class AnalyticsApiIT extends AnalyticsServiceIT {

    private static final String DAY = "from=2025-03-01T00:00:00Z&to=2025-03-02T00:00:00Z";

    @Test
    void letsOnlyAdminsAskOperationsQuestionsAndOnlyOwnersAskOwnerQuestions() throws Exception {
        var admin = admin().token();
        var owner = owner().token();
        var customer = person("CUSTOMER").token();
        var rider = person("RIDER").token();
        for (var path : new String[] {
            "overview?" + DAY,
            "orders-per-minute?from=2025-03-01T00:00:00Z&to=2025-03-01T01:00:00Z",
            "restaurants/top?" + DAY,
            "restaurants/attention?" + DAY,
            "riders?" + DAY,
            "replay"
        }) {
            var opsPath = "/api/v1/admin/analytics/" + path;
            assertThat(get(opsPath, admin).statusCode()).as(opsPath).isEqualTo(200);
            for (var stranger : new String[] {owner, customer, rider}) {
                var response = get(opsPath, stranger);
                assertThat(response.statusCode()).as(opsPath).isEqualTo(403);
                assertThat(problemType(response)).isEqualTo("https://platter.dev/problems/forbidden");
            }
            assertThat(get(opsPath, null).statusCode()).isEqualTo(401);
        }
        assertThat(post("/api/v1/admin/analytics/replay", owner).statusCode()).isEqualTo(403);
        for (var path : new String[] {
            "overview?" + DAY,
            "orders-per-minute?from=2025-03-01T00:00:00Z&to=2025-03-01T01:00:00Z",
            "restaurants/top?" + DAY,
            "restaurants/attention?" + DAY
        }) {
            var ownerPath = "/api/v1/analytics/" + path;
            assertThat(get(ownerPath, owner).statusCode()).as(ownerPath).isEqualTo(200);
            assertThat(get(ownerPath, admin).statusCode()).as(ownerPath).isEqualTo(403);
            assertThat(get(ownerPath, customer).statusCode()).as(ownerPath).isEqualTo(403);
            assertThat(get(ownerPath, null).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void refusesMissingReversedAndOverlongRangesWithProblems() throws Exception {
        var admin = admin().token();
        var invalidRange = "https://platter.dev/problems/invalid-time-range";
        var cases = Map.of(
                "overview",
                invalidRange,
                "overview?from=2025-03-01T00:00:00Z",
                invalidRange,
                "overview?from=2025-03-02T00:00:00Z&to=2025-03-01T00:00:00Z",
                invalidRange,
                "overview?from=2025-03-01T00:00:00Z&to=2025-03-01T00:00:30Z",
                invalidRange,
                "overview?from=2025-01-01T00:00:00Z&to=2025-06-01T00:00:00Z",
                invalidRange,
                "orders-per-minute?" + "from=2025-03-01T00:00:00Z&to=2025-03-02T00:01:00Z",
                invalidRange,
                "overview?from=yesterday&to=2025-03-01T00:00:00Z",
                "https://platter.dev/problems/validation",
                "restaurants/top?" + DAY + "&limit=0",
                "https://platter.dev/problems/validation",
                "riders?" + DAY + "&limit=101",
                "https://platter.dev/problems/validation",
                "overview?" + DAY + "&city=Pune&restaurantId=" + UUID.randomUUID(),
                "https://platter.dev/problems/invalid-scope");
        for (var entry : cases.entrySet()) {
            var response = get("/api/v1/admin/analytics/" + entry.getKey(), admin);
            assertThat(response.statusCode()).as(entry.getKey()).isEqualTo(400);
            assertThat(problemType(response)).as(entry.getKey()).isEqualTo(entry.getValue());
        }
        var rates = get("/api/v1/analytics/restaurants/attention?" + DAY + "&lateRate=1.5", owner().token());
        assertThat(rates.statusCode()).isEqualTo(400);
    }

    @Test
    void answersAnEmptyRangeWithZerosAndNoRates() throws Exception {
        var overview = ok(get("/api/v1/admin/analytics/overview?" + DAY + "&city=Nowhere", admin().token()), 200);
        assertThat(overview.get("orders").get("placed").asLong()).isZero();
        assertThat(overview.get("orders").get("cancellationRate").isNull()).isTrue();
        assertThat(overview.get("delivery").get("p50Minutes").isNull()).isTrue();
        assertThat(overview.get("sales")).isEmpty();
        var series = ok(
                get(
                        "/api/v1/admin/analytics/orders-per-minute?from=2025-03-01T00:00:59Z&to=2025-03-01T00:10:00Z",
                        admin().token()),
                200);
        assertThat(series.get("from").asString()).as("truncated to the minute").isEqualTo("2025-03-01T00:00:00Z");
        assertThat(series.get("minutes")).hasSize(10);
    }

    @Test
    void sendsAMalformedRecordToTheDeadLetterTopic() throws Exception {
        var poisonKey = UUID.randomUUID().toString();
        try (var producer = new KafkaProducer<String, byte[]>(
                        Map.of(
                                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                Infrastructure.kafkaBootstrapServers(),
                                ProducerConfig.ACKS_CONFIG,
                                "all"),
                        new StringSerializer(),
                        new ByteArraySerializer());
                var deadLetters = TopicReader.ofFullName(TestRun.topicPrefix() + Topics.deadLetter(Topics.ORDERS))) {
            var poison = new ProducerRecord<String, byte[]>(
                    TestRun.topicPrefix() + Topics.ORDERS,
                    poisonKey,
                    "{\"orderId\": \"not a uuid\"".getBytes(StandardCharsets.UTF_8));
            poison.headers()
                    .add(EventHeaders.EVENT_ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
            poison.headers().add(EventHeaders.EVENT_TYPE, "OrderPlaced".getBytes(StandardCharsets.UTF_8));
            poison.headers().add(EventHeaders.EVENT_VERSION, "1".getBytes(StandardCharsets.UTF_8));
            producer.send(poison).get();

            var dead = deadLetters.awaitRecord(record -> poisonKey.equals(record.key()));
            assertThat(TopicReader.header(dead, EventHeaders.EVENT_TYPE)).isEqualTo("OrderPlaced");
        }
    }
}
