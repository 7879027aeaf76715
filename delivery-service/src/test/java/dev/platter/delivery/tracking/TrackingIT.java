package dev.platter.delivery.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.delivery.DeliveryServiceIT;
import dev.platter.delivery.dispatch.DeliveryMother;
import dev.platter.platform.events.Topics;
import dev.platter.platform.test.TestEvents;
import dev.platter.platform.test.TopicReader;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Positions of a rider on an active delivery: published as RiderLocationUpdated (directly, keyed by order, with the
 * ETA at the next stop), kept in the delivery's trail, pruned after the retention period; a rider with nothing to
 * deliver publishes nothing.
 */
class TrackingIT extends DeliveryServiceIT {

    private static TopicReader locations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PositionService positions;

    @BeforeAll
    static void readEvents() {
        locations = TopicReader.of(Topics.RIDER_LOCATIONS);
    }

    @AfterAll
    static void close() {
        locations.close();
    }

    @Test
    void publishesThePositionsOfAnActiveDeliveryWithTheEtaAndKeepsItsTrail() throws Exception {
        var scene = scene();
        var rider = onlineRider("Tracked Tanvi", scene.at(600, 0));
        var idle = onlineRider("Idle Ishaan", scene.at(30_000, 0));
        var order = DeliveryMother.orderAccepted(
                UUID.randomUUID(), UUID.randomUUID(), scene.restaurant(), scene.at(0, 2000), Duration.ofMinutes(5));
        TestEvents.publish(order);
        var offer = awaitOffer(rider);
        ok(post("/api/v1/riders/me/offers/" + offer.get("offerId").asString() + "/accept", rider.token(), null), 200);

        var now = Instant.now();
        var batch = List.of(
                Map.of(
                        "lat",
                        scene.at(500, 0).lat(),
                        "lon",
                        scene.at(500, 0).lon(),
                        "recordedAt",
                        now.plusSeconds(10).toString()),
                Map.of(
                        "lat", scene.at(400, 0).lat(),
                        "lon", scene.at(400, 0).lon(),
                        "recordedAt", now.plusSeconds(20).toString(),
                        "headingDegrees", 270.0,
                        "speedMetresPerSecond", 8.5));
        ok(post("/api/v1/riders/me/positions", rider.token(), Map.of("points", batch)), 200);
        ok(sendPosition(idle, scene.at(30_010, 0), now.plusSeconds(5)), 200);

        var updated =
                eventsOf(locations, order.orderId(), "RiderLocationUpdated", 1).get(0);
        assertThat(updated.get("riderId").asString()).isEqualTo(rider.id().toString());
        assertThat(updated.get("position").get("lon").asDouble())
                .isEqualTo(scene.at(400, 0).lon());
        assertThat(updated.get("headingDegrees").asDouble()).isEqualTo(270.0);
        assertThat(updated.get("version").asLong())
                .isEqualTo(now.plusSeconds(20).toEpochMilli());
        var eta = Instant.parse(updated.get("estimatedArrivalAt").asString());
        assertThat(eta)
                .as("the next stop is the restaurant, 400 m away")
                .isBetween(now.plusSeconds(20), now.plusSeconds(240));
        assertThat(locations.matching(
                        record -> TopicReader.value(record).contains(idle.id().toString())))
                .as("a rider with nothing to deliver is not published")
                .isEmpty();
        var deliveryId = UUID.fromString(offer.get("deliveryId").asString());
        assertThat(jdbc.queryForObject(
                        "select count(*) from location_trail where delivery_id = ?", Integer.class, deliveryId))
                .isEqualTo(2);
    }

    @Test
    void prunesTrailPointsOlderThanTheRetentionPeriod() {
        var delivery = UUID.randomUUID();
        var rider = UUID.randomUUID();
        var insert =
                "insert into location_trail (delivery_id, rider_id, recorded_at, lat, lon) values (?, ?, ?, 12.97, 77.59)";
        jdbc.update(insert, delivery, rider, Timestamp.from(Instant.now().minus(Duration.ofDays(45))));
        jdbc.update(insert, delivery, rider, Timestamp.from(Instant.now().minus(Duration.ofDays(2))));

        positions.pruneTrail();

        assertThat(jdbc.queryForList(
                        "select recorded_at from location_trail where delivery_id = ?", Timestamp.class, delivery))
                .singleElement()
                .satisfies(
                        at -> assertThat(at.toInstant()).isAfter(Instant.now().minus(Duration.ofDays(3))));
    }
}
