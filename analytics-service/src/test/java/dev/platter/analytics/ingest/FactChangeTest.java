package dev.platter.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FactChangeTest {

    @Test
    void keepsTheEarliestTimeTheFirstDescriptionAndTheNewestAssignment() {
        var change = new FactChange(UUID.randomUUID())
                .value("restaurant_id", UUID.randomUUID())
                .time("placed_at", Instant.parse("2026-12-03T10:00:00Z"))
                .assignment(UUID.randomUUID(), Instant.parse("2026-12-03T10:40:00Z"), 3);
        var sql = change.sql("order_id");
        assertThat(sql)
                .endsWith(" returning order_id")
                .contains("restaurant_id = coalesce(order_fact.restaurant_id, excluded.restaurant_id)")
                .contains("placed_at = least(order_fact.placed_at, excluded.placed_at)")
                .contains("assigned_version = greatest(order_fact.assigned_version, excluded.assigned_version)")
                .contains("assigned_rider_id = case when order_fact.assigned_version is null or"
                        + " excluded.assigned_version > order_fact.assigned_version then excluded.assigned_rider_id");
        assertThat(change.arguments()).hasSize(6);
    }

    @Test
    void skipsWhatTheEventDoesNotKnow() {
        var change = new FactChange(UUID.randomUUID()).value("promo_code", null).time("ready_at", null);
        assertThat(change.isEmpty()).isTrue();
    }
}
