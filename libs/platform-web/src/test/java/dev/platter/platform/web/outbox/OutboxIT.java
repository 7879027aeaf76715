package dev.platter.platform.web.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.platter.platform.events.EventHeaders;
import dev.platter.platform.events.Topics;
import dev.platter.platform.events.user.UserSuspended;
import dev.platter.platform.test.TopicReader;
import dev.platter.platform.web.ProbeIT;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Events leave through the outbox: after commit, routed and keyed by contract, with our headers only. */
class OutboxIT extends ProbeIT {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void publishesTheEventOfACommittedTransactionWithTheContractHeaders() throws Exception {
        var item = "TANDOORI_" + UUID.randomUUID();
        try (var users = TopicReader.of(Topics.USERS)) {
            var response = send(asCustomer("/probe/events")
                    .header("Content-Type", "application/json")
                    .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                    .POST(json(Map.of("item", item))));
            assertThat(response.statusCode()).isEqualTo(201);
            var orderId = body(response).get("orderId").asString();

            var record =
                    users.awaitRecord(candidate -> TopicReader.value(candidate).contains(item));

            assertThat(record.key()).isEqualTo(orderId);
            var event = JSON.readValue(record.value(), UserSuspended.class);
            assertThat(event.userId().toString()).isEqualTo(orderId);
            assertThat(TopicReader.header(record, EventHeaders.EVENT_ID))
                    .isEqualTo(event.eventId().toString());
            assertThat(TopicReader.header(record, EventHeaders.EVENT_TYPE)).isEqualTo("UserSuspended");
            assertThat(TopicReader.header(record, EventHeaders.EVENT_VERSION)).isEqualTo("1");
            assertThat(TopicReader.header(record, EventHeaders.TRACEPARENT))
                    .as("the trace of the request follows the event; headers %s", headerNames(record))
                    .contains(TRACE_ID);
            assertThat(record.headers().lastHeader("__TypeId__")).isNull();
            assertThat(record.headers().lastHeader("spring_json_header_types")).isNull();
            assertThat(TopicReader.value(record)).doesNotContain("aggregateId");
        }
    }

    private static java.util.List<String> headerNames(org.apache.kafka.clients.consumer.ConsumerRecord<?, ?> record) {
        var names = new java.util.ArrayList<String>();
        record.headers().forEach(header -> names.add(header.key()));
        return names;
    }

    @Test
    void publishesNothingForARolledBackTransaction() throws Exception {
        var item = "ROLLED_BACK_" + UUID.randomUUID();
        var committed = "COMMITTED_AFTER_" + item;
        try (var users = TopicReader.of(Topics.USERS)) {
            var failed = send(asCustomer("/probe/events/rolled-back")
                    .header("Content-Type", "application/json")
                    .POST(json(Map.of("item", item))));
            assertThat(failed.statusCode()).isEqualTo(500);
            send(asCustomer("/probe/events")
                    .header("Content-Type", "application/json")
                    .POST(json(Map.of("item", committed))));

            users.awaitRecord(candidate -> TopicReader.value(candidate).contains(committed));
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> users.matching(
                            candidate -> TopicReader.value(candidate).contains("\"" + item + "\""))
                    .isEmpty());
        }
    }
}
