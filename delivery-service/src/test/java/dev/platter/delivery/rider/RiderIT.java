package dev.platter.delivery.rider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.platter.delivery.DeliveryServiceIT;
import dev.platter.platform.events.Topics;
import dev.platter.platform.events.user.RiderApproved;
import dev.platter.platform.events.user.UserSuspended;
import dev.platter.platform.events.user.VehicleType;
import dev.platter.platform.test.TestEvents;
import dev.platter.platform.test.TopicReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Riders' operational state on the real events: profiles from approvals, shifts announced on- and offline, suspension,
 * riders gone silent taken offline, and the positions a rider's app sends (good, stale, in the future, jumping, out of
 * range, malformed).
 */
class RiderIT extends DeliveryServiceIT {

    private static TopicReader riderEvents;

    @Autowired
    RiderService riders;

    @BeforeAll
    static void readEvents() {
        riderEvents = TopicReader.of(Topics.RIDERS);
    }

    @AfterAll
    static void close() {
        riderEvents.close();
    }

    @Test
    void anApprovedRiderGetsAProfileWithTheirVehiclesCapacityAndAReapprovalUpdatesIt() throws Exception {
        var rider = approvedRider("Meera Nair", VehicleType.BICYCLE);
        var profile = ok(get("/api/v1/riders/me", rider.token()), 200);
        assertThat(profile.get("vehicle").asString()).isEqualTo("BICYCLE");
        assertThat(profile.get("capacity").asInt()).isEqualTo(2);
        assertThat(profile.get("status").asString()).isEqualTo("OFFLINE");

        TestEvents.publish(new RiderApproved(
                UUID.randomUUID(),
                Instant.now(),
                rider.id(),
                2,
                UUID.randomUUID(),
                "Meera Nair",
                "+919800000002",
                VehicleType.MOTORCYCLE,
                "Bengaluru"));
        await().until(() ->
                ok(get("/api/v1/riders/me", rider.token()), 200).get("capacity").asInt() == 3);

        var stranger = person("RIDER");
        assertThat(get("/api/v1/riders/me", stranger.token()).statusCode())
                .as("a rider never approved has no profile")
                .isEqualTo(404);
    }

    @Test
    void shiftsAreRecordedAndAnnounced() throws Exception {
        var scene = scene();
        var rider = onlineRider("Shift Shreya", scene.at(0, 0));
        var again = post("/api/v1/riders/me/online", rider.token(), null);
        assertThat(again.statusCode()).isEqualTo(409);
        ok(post("/api/v1/riders/me/offline", rider.token(), null), 200);

        var online = eventsOf(riderEvents, rider.id(), "RiderWentOnline", 1).get(0);
        assertThat(online.get("position").get("lat").asDouble())
                .isEqualTo(scene.restaurant().lat());
        var offline = eventsOf(riderEvents, rider.id(), "RiderWentOffline", 1).get(0);
        assertThat(offline.get("reason").asString()).isEqualTo("RIDER_REQUEST");
        assertThat(offline.get("version").asLong())
                .isGreaterThan(online.get("version").asLong());
        var shifts = ok(get("/api/v1/riders/me/shifts", rider.token()), 200);
        assertThat(shifts.get("totalItems").asInt()).isEqualTo(1);
        assertThat(shifts.get("items").get(0).get("endReason").asString()).isEqualTo("RIDER_REQUEST");
        var ops = ok(get("/api/v1/admin/riders/" + rider.id(), admin().token()), 200);
        assertThat(ops.get("status").asString()).isEqualTo("OFFLINE");
    }

    @Test
    void aSuspendedRiderGoesOfflineAndCannotComeBack() throws Exception {
        var rider = onlineRider("Suspended Suresh", scene().at(0, 0));
        TestEvents.publish(new UserSuspended(UUID.randomUUID(), Instant.now(), rider.id(), 5, "fraud", null));

        var offline = eventsOf(riderEvents, rider.id(), "RiderWentOffline", 1).get(0);
        assertThat(offline.get("reason").asString()).isEqualTo("SUSPENDED");
        assertThat(post("/api/v1/riders/me/online", rider.token(), null).statusCode())
                .isEqualTo(409);
    }

    @Test
    void aRiderSilentForTooLongIsTakenOffline() throws Exception {
        var scene = scene();
        var rider = approvedRider("Quiet Qadir", VehicleType.SCOOTER);
        ok(post("/api/v1/riders/me/online", rider.token(), null), 200);
        ok(sendPosition(rider, scene.at(0, 0), Instant.now().minusSeconds(2 * 3600)), 200);
        var talkative = onlineRider("Talkative Tanu", scene.at(100, 0));

        riders.takeSilentRidersOffline();

        var offline = eventsOf(riderEvents, rider.id(), "RiderWentOffline", 1).get(0);
        assertThat(offline.get("reason").asString()).isEqualTo("INACTIVITY");
        assertThat(ok(get("/api/v1/riders/me", talkative.token()), 200)
                        .get("status")
                        .asString())
                .isEqualTo("ONLINE");
    }

    @Test
    void takesNewerPositionsRefusesOlderAndFutureOnesAndFlagsJumps() throws Exception {
        var scene = scene();
        var rider = onlineRider("Position Priya", scene.at(0, 0));
        var now = Instant.now();
        var report = ok(
                post(
                        "/api/v1/riders/me/positions",
                        rider.token(),
                        Map.of(
                                "points",
                                List.of(
                                        point(scene.at(50, 0), now.plusSeconds(5), 5.0),
                                        point(scene.at(100, 0), now.plusSeconds(10), 5.0),
                                        point(scene.at(20_000, 0), now.plusSeconds(12), 5.0),
                                        point(scene.at(120, 0), now.plusSeconds(3600), 5.0)))),
                200);
        assertThat(report.get("accepted").asInt()).isEqualTo(2);
        assertThat(report.get("flagged").get(0).get("index").asInt()).isEqualTo(2);
        assertThat(report.get("flagged").get(0).get("reason").asString()).isEqualTo("IMPLAUSIBLE_JUMP");
        assertThat(report.get("refused").get(0).get("reason").asString()).isEqualTo("IN_THE_FUTURE");
        var profile = ok(get("/api/v1/riders/me", rider.token()), 200);
        assertThat(profile.get("lastPosition").get("lon").asDouble())
                .isEqualTo(scene.at(100, 0).lon());

        var older = ok(sendPosition(rider, scene.at(60, 0), now.plusSeconds(7)), 200);
        assertThat(older.get("accepted").asInt()).isZero();
        assertThat(older.get("refused").get(0).get("reason").asString()).isEqualTo("OLDER_THAN_LAST");
    }

    private static Map<String, Object> point(dev.platter.platform.events.GeoPoint where, Instant at, double accuracy) {
        return Map.of("lat", where.lat(), "lon", where.lon(), "recordedAt", at.toString(), "accuracyMetres", accuracy);
    }

    @Test
    void refusesMalformedAndOutOfRangePositionsWithProblems() throws Exception {
        var rider = onlineRider("Careful Chitra", scene().at(0, 0));
        var path = "/api/v1/riders/me/positions";
        var outOfRange = post(
                path,
                rider.token(),
                Map.of(
                        "points",
                        List.of(Map.of(
                                "lat",
                                95.0,
                                "lon",
                                10.0,
                                "recordedAt",
                                Instant.now().toString()))));
        assertThat(outOfRange.statusCode()).isEqualTo(400);
        assertThat(problemType(outOfRange)).isEqualTo("https://platter.dev/problems/validation");
        assertThat(post(path, rider.token(), Map.of("points", List.of())).statusCode())
                .isEqualTo(400);
        var unknown = post(
                path,
                rider.token(),
                "{\"points\":[{\"lat\":1,\"lon\":1,\"recordedAt\":\"2026-01-01T00:00:00Z\"}],\"riderId\":\"x\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(problemType(unknown)).isEqualTo("https://platter.dev/problems/unknown-field");
        assertThat(post(path, rider.token(), "{\"points\":[{\"lat\":\"north\"}]}")
                        .statusCode())
                .isEqualTo(400);
        var noTime = post(path, rider.token(), Map.of("points", List.of(Map.of("lat", 1.0, "lon", 1.0))));
        assertThat(noTime.statusCode()).isEqualTo(400);

        ok(post("/api/v1/riders/me/offline", rider.token(), null), 200);
        var offline = sendPosition(rider, scene().at(0, 0), Instant.now());
        assertThat(offline.statusCode())
                .as("an offline rider with nothing to deliver")
                .isEqualTo(409);
        assertThat(problemType(offline)).isEqualTo("https://platter.dev/problems/rider-offline");
    }
}
