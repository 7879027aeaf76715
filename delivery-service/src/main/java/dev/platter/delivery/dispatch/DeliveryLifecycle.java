package dev.platter.delivery.dispatch;

import dev.platter.delivery.config.DeliveryProperties;
import dev.platter.delivery.eta.EtaEstimator;
import dev.platter.delivery.rider.Rider;
import dev.platter.delivery.rider.RiderNotFound;
import dev.platter.delivery.rider.RiderPositions;
import dev.platter.delivery.rider.RiderRepository;
import dev.platter.platform.events.GeoPoint;
import dev.platter.platform.events.delivery.DeliveryCancelled;
import dev.platter.platform.events.order.OrderAccepted;
import dev.platter.platform.events.order.OrderCancelled;
import dev.platter.platform.events.order.OrderPlaced;
import dev.platter.platform.events.restaurant.TicketReady;
import dev.platter.platform.web.deadline.Deadlines;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves deliveries along: created on OrderAccepted and dispatched at once, cancelled on OrderCancelled, offers
 * accepted, declined or expired (durable deadline), searches retried with back-off, the rider's steps to the handoff,
 * and ops assigning by hand. Each change locks the delivery and commits with its events (outbox); outcomes of events
 * from other services are counted in {@code platter.delivery.events} (event, outcome).
 */
@Service
@Transactional
public class DeliveryLifecycle {

    /**
     * The deadline kind of a search that found nobody; the subject is the delivery id and the number of the search
     * ({@code <id>/<n>}): a handler cannot move its own deadline, so each retry is a deadline of its own.
     */
    static final String DISPATCH_RETRY = "delivery-dispatch-retry";

    private static final Logger log = LoggerFactory.getLogger(DeliveryLifecycle.class);

    private final DeliveryRepository deliveries;
    private final OfferRepository offers;
    private final OrderTipRepository tips;
    private final RiderRepository riders;
    private final RiderPositions positions;
    private final Dispatcher dispatcher;
    private final Deadlines deadlines;
    private final ApplicationEventPublisher events;
    private final DeliveryProperties properties;
    private final EtaEstimator eta;
    private final MeterRegistry meters;
    private final Clock clock;

    DeliveryLifecycle(
            DeliveryRepository deliveries,
            OfferRepository offers,
            OrderTipRepository tips,
            RiderRepository riders,
            RiderPositions positions,
            Dispatcher dispatcher,
            Deadlines deadlines,
            ApplicationEventPublisher events,
            DeliveryProperties properties,
            EtaEstimator eta,
            MeterRegistry meters,
            Clock clock) {
        this.deliveries = deliveries;
        this.offers = offers;
        this.tips = tips;
        this.riders = riders;
        this.positions = positions;
        this.dispatcher = dispatcher;
        this.deadlines = deadlines;
        this.events = events;
        this.properties = properties;
        this.eta = eta;
        this.meters = meters;
        this.clock = clock;
    }

    // --- order and kitchen events --------------------------------------------------------------------------------

    /** Keeps the tip of a placed order for its delivery's earnings. */
    void on(OrderPlaced placed) {
        if (tips.existsById(placed.orderId())) {
            outcome("OrderPlaced", "duplicate");
            return;
        }
        var tip = placed.totals().tip();
        tips.save(new OrderTip(placed.orderId(), tip.amountMinor(), tip.currency(), clock.instant()));
        outcome("OrderPlaced", "applied");
    }

    /** An accepted order gets its delivery (DeliveryRequested), offered at once to the best rider. */
    void on(OrderAccepted accepted) {
        if (deliveries.existsByOrderId(accepted.orderId())) {
            outcome("OrderAccepted", "duplicate");
            return;
        }
        var now = clock.instant();
        long tip = tips.findById(accepted.orderId())
                .filter(found -> found.currency().equals(accepted.total().currency()))
                .map(OrderTip::tipMinor)
                .orElse(0L);
        int trip = (int) Math.round(eta.roadMetres(
                accepted.pickupAddress().location(), accepted.deliveryAddress().location()));
        var delivery = deliveries.save(Delivery.forOrder(accepted, tip, trip, now));
        events.publishEvent(delivery.requested());
        dispatchOrRetry(delivery, now);
        outcome("OrderAccepted", "applied");
    }

    /** The order was cancelled: a delivery before pickup is called off, its offer withdrawn, its rider told. */
    void on(OrderCancelled cancelled) {
        var found = deliveries.findByOrderIdForUpdate(cancelled.orderId());
        if (found.isEmpty()) {
            outcome("OrderCancelled", "no-delivery"); // cancelled before the restaurant accepted
            return;
        }
        var delivery = found.get();
        var now = clock.instant();
        var pending = offers.findByDeliveryIdAndStatus(delivery.id(), OfferStatus.PENDING);
        var event = delivery.cancel(
                pending.map(Offer::riderId).orElse(null), DeliveryCancelled.Reason.ORDER_CANCELLED, now);
        if (event == null) {
            log.info("OrderCancelled for delivery {} in {} is superseded", delivery.id(), delivery.status());
            outcome("OrderCancelled", "superseded");
            return;
        }
        pending.ifPresent(offer -> {
            offer.withdraw(now);
            deadlines.cancel(Dispatcher.OFFER_EXPIRY, offer.id().toString());
        });
        cancelRetry(delivery);
        events.publishEvent(event);
        outcome("OrderCancelled", "applied");
    }

    /** The food is ready: the ready time for scoring and ETAs is now the kitchen's word. */
    void on(TicketReady ready) {
        var delivery = deliveries.findByOrderIdForUpdate(ready.orderId());
        if (delivery.isEmpty()) {
            outcome("TicketReady", "no-delivery");
            return;
        }
        outcome("TicketReady", delivery.get().foodReady(ready.occurredAt()) ? "applied" : "superseded");
    }

    // --- dispatch ------------------------------------------------------------------------------------------------

    private void dispatchOrRetry(Delivery delivery, Instant now) {
        if (dispatcher.dispatch(delivery, now)) {
            cancelRetry(delivery);
            return;
        }
        var unassignable = delivery.searchedInVain(properties.unassignableAfter(), now);
        if (unassignable != null) {
            log.warn("Delivery {} found no rider since {}", delivery.id(), delivery.searchingSince());
            events.publishEvent(unassignable);
        }
        deadlines.schedule(DISPATCH_RETRY, retrySubject(delivery), now.plus(backOff(delivery.dispatchAttempts())));
    }

    private static String retrySubject(Delivery delivery) {
        return delivery.id() + "/" + delivery.dispatchAttempts();
    }

    private void cancelRetry(Delivery delivery) {
        deadlines.cancel(DISPATCH_RETRY, retrySubject(delivery));
    }

    private Duration backOff(int attempts) {
        var delay = properties.retryInitial().multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 16));
        return delay.compareTo(properties.retryMax()) > 0 ? properties.retryMax() : delay;
    }

    /** A search that found nobody runs again (a stale retry of a delivery no longer searching does nothing). */
    void retryDispatch(String subject) {
        var deliveryId = UUID.fromString(subject.substring(0, subject.indexOf('/')));
        deliveries
                .findForUpdate(deliveryId)
                .filter(delivery -> delivery.status() == DeliveryStatus.SEARCHING)
                .ifPresent(delivery -> dispatchOrRetry(delivery, clock.instant()));
    }

    /** The rider did not answer in time (fires once): the delivery goes to the next rider. */
    void offerExpired(UUID offerId) {
        var offer = offers.findById(offerId);
        if (offer.isEmpty()) {
            return;
        }
        var delivery = deliveries.findForUpdate(offer.get().deliveryId()).orElseThrow();
        var current = offers.findById(offerId).orElseThrow();
        if (current.status() != OfferStatus.PENDING || delivery.status() != DeliveryStatus.OFFERED) {
            outcome("OfferExpiry", "superseded");
            return;
        }
        var now = clock.instant();
        events.publishEvent(delivery.expired(current, now));
        outcome("OfferExpiry", "applied");
        dispatchOrRetry(delivery, now);
    }

    // --- the rider's answers and steps ---------------------------------------------------------------------------

    /** The rider takes their offer: one rider wins a delivery; a late or repeated accept is 409. */
    RiderDeliveryView accept(UUID riderId, UUID offerId) {
        var delivery = lockedDeliveryOfOffer(riderId, offerId);
        var offer = offers.findById(offerId).orElseThrow();
        var rider = riders.findById(riderId).orElseThrow(() -> new RiderNotFound(riderId));
        var now = clock.instant();
        var etas = etas(rider, delivery, now);
        events.publishEvent(delivery.accepted(offer, rider.name(), etas.pickup(), etas.delivery(), now));
        deadlines.cancel(Dispatcher.OFFER_EXPIRY, offerId.toString());
        return RiderDeliveryView.of(delivery);
    }

    /** The rider says no: the delivery goes to the next rider. */
    void decline(UUID riderId, UUID offerId, @Nullable String reason) {
        var delivery = lockedDeliveryOfOffer(riderId, offerId);
        var offer = offers.findById(offerId).orElseThrow();
        var now = clock.instant();
        events.publishEvent(delivery.declined(offer, reason, now));
        deadlines.cancel(Dispatcher.OFFER_EXPIRY, offerId.toString());
        dispatchOrRetry(delivery, now);
    }

    private Delivery lockedDeliveryOfOffer(UUID riderId, UUID offerId) {
        var deliveryId = offers.deliveryOf(offerId, riderId).orElseThrow(() -> new DeliveryNotFound(offerId));
        return deliveries.findForUpdate(deliveryId).orElseThrow(() -> new DeliveryNotFound(offerId));
    }

    RiderDeliveryView arrived(UUID riderId, UUID deliveryId) {
        var delivery = ridersDelivery(riderId, deliveryId);
        events.publishEvent(delivery.arrived(riderId, clock.instant()));
        return RiderDeliveryView.of(delivery);
    }

    RiderDeliveryView pickedUp(UUID riderId, UUID deliveryId) {
        var delivery = ridersDelivery(riderId, deliveryId);
        var rider = riders.findById(riderId).orElseThrow(() -> new RiderNotFound(riderId));
        var now = clock.instant();
        var from = positions.last(riderId).map(RiderPositions.Position::point).orElse(delivery.pickup());
        var etaDelivery = eta.arrivalAtDropOff(
                now,
                from,
                delivery.dropOff(),
                properties.vehicle(rider.vehicle()).speedMps());
        events.publishEvent(delivery.pickedUp(riderId, etaDelivery, now));
        return RiderDeliveryView.of(delivery);
    }

    /** The rider enters the customer's code; the answer says whether it was right and how many tries are left. */
    Delivery.Handoff handOver(UUID riderId, UUID deliveryId, String code) {
        var delivery = ridersDelivery(riderId, deliveryId);
        var now = clock.instant();
        var handoff = delivery.handOver(riderId, code, properties.handoffMaxAttempts(), earning(delivery), now);
        if (handoff.event() != null) {
            events.publishEvent(handoff.event());
        }
        if (handoff.delivered()) {
            riders.findForUpdate(riderId).ifPresent(rider -> rider.deliveredAt(now));
        } else if (handoff.attemptsLeft() == 0) {
            log.warn("Handoff of delivery {} failed after {} wrong codes", deliveryId, delivery.handoffAttempts());
        }
        return handoff;
    }

    private long earning(Delivery delivery) {
        var earnings = properties.earnings();
        return earnings.baseMinor() + Math.round(earnings.perKmMinor() * delivery.tripMetres() / 1000.0);
    }

    private Delivery ridersDelivery(UUID riderId, UUID deliveryId) {
        return deliveries
                .findForUpdate(deliveryId)
                .filter(delivery -> riderId.equals(delivery.riderId()))
                .orElseThrow(() -> new DeliveryNotFound(deliveryId));
    }

    // --- ops -----------------------------------------------------------------------------------------------------

    /** Ops give the delivery to a rider by hand (or to another rider before pickup). */
    AdminDeliveryView assignByHand(UUID deliveryId, UUID riderId) {
        var delivery = deliveries.findForUpdate(deliveryId).orElseThrow(() -> new DeliveryNotFound(deliveryId));
        var rider = riders.findForUpdate(riderId)
                .filter(found -> !found.suspended())
                .orElseThrow(() -> new RiderNotFound(riderId));
        var now = clock.instant();
        var etas = etas(rider, delivery, now);
        var event = delivery.assignedByHand(riderId, rider.name(), etas.pickup(), etas.delivery(), now);
        offers.findByDeliveryIdAndStatus(deliveryId, OfferStatus.PENDING).ifPresent(offer -> {
            offer.withdraw(now);
            deadlines.cancel(Dispatcher.OFFER_EXPIRY, offer.id().toString());
        });
        cancelRetry(delivery);
        events.publishEvent(event);
        return AdminDeliveryView.of(delivery, offers.findByDeliveryId(deliveryId));
    }

    /** Ops confirm the handoff themselves (after a failed one, having reached the customer). */
    AdminDeliveryView completeByHand(UUID deliveryId) {
        var delivery = deliveries.findForUpdate(deliveryId).orElseThrow(() -> new DeliveryNotFound(deliveryId));
        var now = clock.instant();
        events.publishEvent(delivery.completedByHand(earning(delivery), now));
        riders.findForUpdate(java.util.Objects.requireNonNull(delivery.riderId()))
                .ifPresent(rider -> rider.deliveredAt(now));
        return AdminDeliveryView.of(delivery, offers.findByDeliveryId(deliveryId));
    }

    private record Etas(Instant pickup, Instant delivery) {}

    private Etas etas(Rider rider, Delivery delivery, Instant now) {
        double speed = properties.vehicle(rider.vehicle()).speedMps();
        GeoPoint from =
                positions.last(rider.id()).map(RiderPositions.Position::point).orElse(delivery.pickup());
        return new Etas(
                eta.arrivalAtPickup(now, from, delivery.pickup(), speed),
                eta.arrivalAtDropOffViaPickup(
                        now, from, delivery.pickup(), delivery.readyAt(), delivery.dropOff(), speed));
    }

    private void outcome(String event, String outcome) {
        meters.counter("platter.delivery.events", "event", event, "outcome", outcome)
                .increment();
    }
}
