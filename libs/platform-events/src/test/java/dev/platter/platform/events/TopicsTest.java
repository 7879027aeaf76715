package dev.platter.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void listsTheEightDomainTopicsOfTheArchitecture() {
        assertThat(Topics.all())
                .containsExactly(
                        "platter.users.v1",
                        "platter.restaurants.v1",
                        "platter.kitchen.v1",
                        "platter.orders.v1",
                        "platter.payments.v1",
                        "platter.deliveries.v1",
                        "platter.riders.v1",
                        "platter.rider-locations.v1");
    }

    @Test
    void namesTheDeadLetterTopic() {
        assertThat(Topics.deadLetter(Topics.ORDERS)).isEqualTo("platter.orders.v1.dlt");
        assertThat(Topics.isDeadLetter("platter.orders.v1.dlt")).isTrue();
        assertThat(Topics.isDeadLetter(Topics.ORDERS)).isFalse();
        assertThatThrownBy(() -> Topics.deadLetter("platter.orders.v1.dlt"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void domainTopicsKeepTheirHistoryAndRiderLocationsOneHour() {
        assertThat(Topics.all())
                .filteredOn(topic -> !topic.equals(Topics.RIDER_LOCATIONS))
                .allSatisfy(topic -> assertThat(Topics.retentionMs(topic)).isEqualTo(-1L));
        assertThat(Topics.retentionMs(Topics.RIDER_LOCATIONS)).isEqualTo(3_600_000L);
    }

    @Test
    void prefixedAndDeadLetterTopicsKeepTheirSourceRetention() {
        assertThat(Topics.retentionMs("run-42.platter.orders.v1")).isEqualTo(Topics.RETAIN_FOREVER);
        assertThat(Topics.retentionMs("run-42.platter.rider-locations.v1")).isEqualTo(3_600_000L);
        assertThat(Topics.retentionMs(Topics.deadLetter(Topics.PAYMENTS))).isEqualTo(Topics.RETAIN_FOREVER);
        assertThat(Topics.retentionMs(Topics.deadLetter(Topics.RIDER_LOCATIONS)))
                .isEqualTo(3_600_000L);
    }

    @Test
    void refusesAnUnknownTopic() {
        assertThatThrownBy(() -> Topics.retentionMs("platter.pizzas.v1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown topic 'platter.pizzas.v1'");
    }

    @Test
    void namesTheRecordHeaders() {
        assertThat(new String[] {
                    EventHeaders.EVENT_ID, EventHeaders.EVENT_TYPE, EventHeaders.EVENT_VERSION, EventHeaders.TRACEPARENT
                })
                .containsExactly("event-id", "event-type", "event-version", "traceparent");
    }
}
