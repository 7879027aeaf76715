package dev.platter.delivery.tracking;

import dev.platter.delivery.config.DeliveryProperties;
import dev.platter.delivery.dispatch.Delivery;
import dev.platter.delivery.dispatch.DeliveryRepository;
import dev.platter.delivery.dispatch.DeliveryStatus;
import dev.platter.delivery.eta.EtaEstimator;
import dev.platter.delivery.rider.RiderNotFound;
import dev.platter.delivery.rider.RiderPositions;
import dev.platter.delivery.rider.RiderRepository;
import dev.platter.platform.events.EventCatalog;
import dev.platter.platform.events.EventHeaders;
import dev.platter.platform.events.GeoPoint;
import dev.platter.platform.events.Topics;
import dev.platter.platform.events.delivery.RiderLocationUpdated;
import dev.platter.platform.web.config.PlatterProperties;
import dev.platter.platform.web.ids.Uuids;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a rider's positions: each point must be newer than the last one stored and not in the future; a point that
 * implies an impossible speed is flagged (kept in the trail, not used as the live position). The newest good point
 * becomes the live position (Redis GEO, where dispatch searches); for every active delivery the points go to its trail
 * and the newest one, with fresh ETAs, is published as RiderLocationUpdated, directly and best effort (a lost one is
 * replaced by the next).
 */
@Service
class PositionService {

    private static final Logger log = LoggerFactory.getLogger(PositionService.class);

    private final RiderRepository riders;
    private final DeliveryRepository deliveries;
    private final RiderPositions positions;
    private final TrackingStore tracking;
    private final JdbcTemplate jdbc;
    private final KafkaTemplate<Object, Object> kafka;
    private final EtaEstimator eta;
    private final DeliveryProperties properties;
    private final String locationsTopic;
    private final MeterRegistry meters;
    private final Clock clock;

    PositionService(
            RiderRepository riders,
            DeliveryRepository deliveries,
            RiderPositions positions,
            TrackingStore tracking,
            JdbcTemplate jdbc,
            KafkaTemplate<Object, Object> kafka,
            EtaEstimator eta,
            DeliveryProperties properties,
            PlatterProperties platter,
            MeterRegistry meters,
            Clock clock) {
        this.riders = riders;
        this.deliveries = deliveries;
        this.positions = positions;
        this.tracking = tracking;
        this.jdbc = jdbc;
        this.kafka = kafka;
        this.eta = eta;
        this.properties = properties;
        this.locationsTopic = platter.kafka().topic(Topics.RIDER_LOCATIONS);
        this.meters = meters;
        this.clock = clock;
    }

    private record Taken(int index, PositionsRequest.Point point, GeoPoint at, boolean flagged) {}

    /** One transaction, so a batch takes one database connection for its reads and its trail. */
    @Transactional
    PositionReport record(UUID riderId, PositionsRequest request) {
        var rider = riders.findById(riderId).orElseThrow(() -> new RiderNotFound(riderId));
        var active = deliveries.findByRiderIdAndStatusIn(riderId, DeliveryStatus.ACTIVE);
        boolean available = rider.takesOffers();
        if (!available && active.isEmpty()) {
            throw new RiderOffline();
        }
        var now = clock.instant();
        var latestAllowed = now.plus(properties.positionFutureTolerance());
        var order = IntStream.range(0, request.points().size())
                .boxed()
                .sorted(Comparator.comparing(i -> request.points().get(i).recordedAt()))
                .toList();
        var last = positions.last(riderId).orElse(null);
        var taken = new ArrayList<Taken>();
        var flagged = new ArrayList<PositionReport.Issue>();
        var refused = new ArrayList<PositionReport.Issue>();
        for (int index : order) {
            var point = request.points().get(index);
            var at = new GeoPoint(point.lat(), point.lon());
            if (point.recordedAt().isAfter(latestAllowed)) {
                refused.add(new PositionReport.Issue(index, PositionReport.Reason.IN_THE_FUTURE));
            } else if (last != null && !point.recordedAt().isAfter(last.at())) {
                refused.add(new PositionReport.Issue(index, PositionReport.Reason.OLDER_THAN_LAST));
            } else if (last != null && impossibleJump(last, at, point.recordedAt())) {
                flagged.add(new PositionReport.Issue(index, PositionReport.Reason.IMPLAUSIBLE_JUMP));
                taken.add(new Taken(index, point, at, true));
            } else {
                taken.add(new Taken(index, point, at, false));
                last = new RiderPositions.Position(at, point.recordedAt());
            }
        }
        var good = taken.stream().filter(t -> !t.flagged()).toList();
        var newest = good.isEmpty() ? null : good.get(good.size() - 1);
        boolean stored = newest != null
                && positions.record(riderId, newest.at(), newest.point().recordedAt(), available);
        if (!good.isEmpty() && !stored) {
            // another batch of this rider's stored a newer position meanwhile: this one is older than the last
            good.forEach(t -> refused.add(new PositionReport.Issue(t.index(), PositionReport.Reason.OLDER_THAN_LAST)));
        }
        if (!active.isEmpty() && !taken.isEmpty()) {
            trail(riderId, active, taken);
            if (stored) {
                active.forEach(delivery -> publish(delivery, riderId, rider.vehicle(), newest, now));
            }
        }
        meters.counter("platter.delivery.positions", "outcome", "accepted").increment(stored ? good.size() : 0);
        meters.counter("platter.delivery.positions", "outcome", "flagged").increment(flagged.size());
        meters.counter("platter.delivery.positions", "outcome", "refused").increment(refused.size());
        return new PositionReport(stored ? good.size() : 0, flagged, refused);
    }

    private boolean impossibleJump(RiderPositions.Position last, GeoPoint to, Instant at) {
        double seconds = Math.max(Duration.between(last.at(), at).toMillis() / 1000.0, 0.001);
        return last.point().distanceMetresTo(to) / seconds > properties.maxPlausibleSpeedMps();
    }

    private void trail(UUID riderId, List<Delivery> active, List<Taken> taken) {
        var rows = new ArrayList<Object[]>();
        for (var delivery : active) {
            for (var t : taken) {
                rows.add(new Object[] {
                    delivery.id(),
                    riderId,
                    Timestamp.from(t.point().recordedAt()),
                    t.at().lat(),
                    t.at().lon(),
                    t.point().accuracyMetres(),
                    t.point().headingDegrees(),
                    t.point().speedMetresPerSecond(),
                    t.flagged()
                });
            }
        }
        jdbc.batchUpdate(
                """
                insert into location_trail (delivery_id, rider_id, recorded_at, lat, lon, accuracy_metres,
                    heading_degrees, speed_mps, flagged) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                rows);
    }

    private void publish(
            Delivery delivery,
            UUID riderId,
            dev.platter.platform.events.user.VehicleType vehicle,
            Taken newest,
            Instant now) {
        var at = newest.point().recordedAt().isAfter(now) ? now : newest.point().recordedAt();
        double speed = properties.vehicle(vehicle).speedMps();
        Instant deliveryAt;
        Instant nextStopAt;
        if (delivery.status() == DeliveryStatus.PICKED_UP) {
            deliveryAt = eta.arrivalAtDropOff(at, newest.at(), delivery.dropOff(), speed);
            nextStopAt = deliveryAt;
        } else {
            deliveryAt = eta.arrivalAtDropOffViaPickup(
                    at, newest.at(), delivery.pickup(), delivery.readyAt(), delivery.dropOff(), speed);
            nextStopAt = delivery.status() == DeliveryStatus.ASSIGNED
                    ? eta.arrivalAtPickup(at, newest.at(), delivery.pickup(), speed)
                    : deliveryAt;
        }
        tracking.put(
                delivery.id(),
                new TrackingStore.Track(newest.at(), newest.point().recordedAt(), nextStopAt, deliveryAt));
        var event = new RiderLocationUpdated(
                Uuids.v7(),
                newest.point().recordedAt(),
                delivery.orderId(),
                newest.point().recordedAt().toEpochMilli(),
                delivery.id(),
                riderId,
                newest.at(),
                newest.point().headingDegrees(),
                newest.point().speedMetresPerSecond(),
                nextStopAt);
        send(event);
    }

    private void send(RiderLocationUpdated event) {
        var descriptor = EventCatalog.of(RiderLocationUpdated.class);
        var record = new ProducerRecord<Object, Object>(locationsTopic, event.aggregateId(), event);
        record.headers().add(EventHeaders.EVENT_ID, bytes(event.eventId().toString()));
        record.headers().add(EventHeaders.EVENT_TYPE, bytes(descriptor.type()));
        record.headers().add(EventHeaders.EVENT_VERSION, bytes(Integer.toString(descriptor.schemaVersion())));
        try {
            kafka.send(record).whenComplete((result, failure) -> {
                if (failure != null) {
                    meters.counter("platter.delivery.locations.lost").increment();
                    log.debug("RiderLocationUpdated for order {} not sent", event.orderId(), failure);
                }
            });
        } catch (RuntimeException e) {
            // best effort: positions live in Redis, the next one replaces this
            meters.counter("platter.delivery.locations.lost").increment();
            log.debug("RiderLocationUpdated for order {} not sent", event.orderId(), e);
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    /** Trail points older than the retention period are deleted (idempotent: any instance may run it). */
    @Scheduled(
            fixedDelayString = "${platter.delivery.trail-prune-interval}",
            initialDelayString = "${platter.delivery.trail-prune-interval}")
    void pruneTrail() {
        int pruned = jdbc.update(
                "delete from location_trail where recorded_at < ?",
                Timestamp.from(clock.instant().minus(properties.trailRetention())));
        if (pruned > 0) {
            log.info("Pruned {} trail points older than {}", pruned, properties.trailRetention());
        }
    }
}
