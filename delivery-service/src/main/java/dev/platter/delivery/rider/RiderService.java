package dev.platter.delivery.rider;

import dev.platter.delivery.config.DeliveryProperties;
import dev.platter.platform.events.GeoPoint;
import dev.platter.platform.events.delivery.RiderWentOffline;
import dev.platter.platform.events.restaurant.ReviewPublished;
import dev.platter.platform.events.user.RiderApproved;
import dev.platter.platform.events.user.UserSuspended;
import dev.platter.platform.web.page.PageResponse;
import dev.platter.platform.web.page.Paging;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Riders' working state: profiles from approvals, shifts (online, offline), suspensions and ratings. Each change is
 * one transaction with its event (outbox); the live position in Redis follows the change.
 */
@Service
public class RiderService {

    private static final Logger log = LoggerFactory.getLogger(RiderService.class);

    private final RiderRepository riders;
    private final RiderShiftRepository shifts;
    private final RiderPositions positions;
    private final ApplicationEventPublisher events;
    private final DeliveryProperties properties;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;
    private final Clock clock;

    RiderService(
            RiderRepository riders,
            RiderShiftRepository shifts,
            RiderPositions positions,
            ApplicationEventPublisher events,
            DeliveryProperties properties,
            TransactionTemplate transactions,
            MeterRegistry meters,
            Clock clock) {
        this.riders = riders;
        this.shifts = shifts;
        this.positions = positions;
        this.events = events;
        this.properties = properties;
        this.transactions = transactions;
        this.meters = meters;
        this.clock = clock;
    }

    @Transactional
    void on(RiderApproved approved) {
        int capacity = properties.vehicle(approved.vehicleType()).capacity();
        riders.findForUpdate(approved.userId())
                .ifPresentOrElse(
                        rider -> rider.reapproved(approved, capacity, clock.instant()),
                        () -> riders.save(Rider.approved(approved, capacity, clock.instant())));
        outcome("RiderApproved", "applied");
    }

    /** A suspended rider goes offline and takes no more offers. */
    @Transactional
    void on(UserSuspended suspended) {
        var rider = riders.findForUpdate(suspended.userId());
        if (rider.isEmpty()) {
            outcome("UserSuspended", "not-a-rider");
            return;
        }
        rider.get().suspend(clock.instant());
        endShift(rider.get(), RiderWentOffline.Reason.SUSPENDED);
        outcome("UserSuspended", "applied");
    }

    @Transactional
    void on(ReviewPublished review) {
        if (review.riderId() == null || review.riderRatingAverage() == null || review.riderRatingCount() == null) {
            outcome("ReviewPublished", "no-rider-rating");
            return;
        }
        var rider = riders.findForUpdate(review.riderId());
        if (rider.isEmpty()) {
            outcome("ReviewPublished", "unknown-rider");
            return;
        }
        boolean applied = rider.get().rated(review.riderRatingAverage(), review.riderRatingCount(), clock.instant());
        outcome("ReviewPublished", applied ? "applied" : "superseded");
    }

    /** The rider starts a shift, at {@code position} if their app sent one. */
    @Transactional
    public RiderView goOnline(UUID riderId, @Nullable GeoPoint position) {
        var rider = riders.findForUpdate(riderId).orElseThrow(() -> new RiderNotFound(riderId));
        var now = clock.instant();
        events.publishEvent(rider.goOnline(position, now));
        shifts.save(new RiderShift(riderId, now));
        if (position != null) {
            positions.record(riderId, position, now, true);
        }
        positions.available(riderId);
        return RiderView.of(rider, positions.last(riderId).orElse(null));
    }

    /** The rider ends their shift: no more offers; deliveries already taken are still theirs to finish. */
    @Transactional
    public RiderView goOffline(UUID riderId) {
        var rider = riders.findForUpdate(riderId).orElseThrow(() -> new RiderNotFound(riderId));
        endShift(rider, RiderWentOffline.Reason.RIDER_REQUEST);
        return RiderView.of(rider, positions.last(riderId).orElse(null));
    }

    private void endShift(Rider rider, RiderWentOffline.Reason reason) {
        var now = clock.instant();
        var offline = rider.goOffline(reason, now);
        if (offline != null) {
            events.publishEvent(offline);
            shifts.findByRiderIdAndEndedAtIsNull(rider.id()).ifPresent(shift -> shift.end(reason, now));
        }
        positions.unavailable(rider.id());
    }

    @Transactional(readOnly = true)
    public RiderView view(UUID riderId) {
        var rider = riders.findById(riderId).orElseThrow(() -> new RiderNotFound(riderId));
        return RiderView.of(rider, positions.last(riderId).orElse(null));
    }

    @Transactional(readOnly = true)
    PageResponse<ShiftView> shifts(UUID riderId, int page, int size) {
        riders.findById(riderId).orElseThrow(() -> new RiderNotFound(riderId));
        return Paging.response(
                shifts.findByRiderIdOrderByStartedAtDesc(riderId, PageRequest.of(page, size)), ShiftView::of);
    }

    /**
     * Riders silent for longer than the offline threshold are taken offline (INACTIVITY), each in its own
     * transaction; instances running it at once agree through the rider's row lock.
     */
    @Scheduled(
            fixedDelayString = "${platter.delivery.sweep-interval}",
            initialDelayString = "${platter.delivery.sweep-interval}")
    public void takeSilentRidersOffline() {
        var cutoff = clock.instant().minus(properties.riderOfflineAfter());
        for (var riderId : positions.silentSince(cutoff, 500)) {
            transactions.executeWithoutResult(status -> riders.findForUpdate(riderId)
                    .ifPresentOrElse(
                            rider -> {
                                var last = positions.last(riderId);
                                if (last.isPresent() && last.get().at().isAfter(cutoff)) {
                                    return; // spoke up meanwhile
                                }
                                log.info("Rider {} silent since before {}: offline", riderId, cutoff);
                                endShift(rider, RiderWentOffline.Reason.INACTIVITY);
                            },
                            () -> positions.unavailable(riderId)));
        }
    }

    private void outcome(String event, String outcome) {
        meters.counter("platter.delivery.rider-events", "event", event, "outcome", outcome)
                .increment();
    }
}
