package dev.platter.delivery.dispatch;

import dev.platter.delivery.config.DeliveryProperties;
import dev.platter.delivery.eta.EtaEstimator;
import dev.platter.delivery.rider.Rider;
import dev.platter.delivery.rider.RiderPositions;
import dev.platter.delivery.rider.RiderRepository;
import dev.platter.platform.web.deadline.Deadlines;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Finds the rider for a searching delivery and offers it to them: riders taking offers near the restaurant (the
 * circle grows until someone fits), heard from recently, not yet asked about this delivery, without another pending
 * offer, with room on board and, if they carry something already, only when the new order batches with it; the best
 * scored gets the offer, with its durable expiry. Runs in the caller's transaction, which holds the delivery's lock;
 * the chosen rider's row is locked too, so two deliveries never offer themselves to one rider at once.
 */
@Component
class Dispatcher {

    /** The deadline kind of an offer's expiry; the subject is the offer id. */
    static final String OFFER_EXPIRY = "delivery-offer-expiry";

    private final RiderPositions positions;
    private final RiderRepository riders;
    private final DeliveryRepository deliveries;
    private final OfferRepository offers;
    private final Deadlines deadlines;
    private final ApplicationEventPublisher events;
    private final DeliveryProperties properties;
    private final DispatchScoring scoring;
    private final Batching batching;

    Dispatcher(
            RiderPositions positions,
            RiderRepository riders,
            DeliveryRepository deliveries,
            OfferRepository offers,
            Deadlines deadlines,
            ApplicationEventPublisher events,
            DeliveryProperties properties,
            EtaEstimator eta) {
        this.positions = positions;
        this.riders = riders;
        this.deliveries = deliveries;
        this.offers = offers;
        this.deadlines = deadlines;
        this.events = events;
        this.properties = properties;
        this.scoring = new DispatchScoring(properties.scoring(), eta);
        this.batching = new Batching(properties.batching(), eta);
    }

    /** Offers the searching delivery to the best rider; false when nobody could be offered it. */
    boolean dispatch(Delivery delivery, Instant now) {
        Set<UUID> asked = offers.findByDeliveryId(delivery.id()).stream()
                .map(Offer::riderId)
                .collect(Collectors.toCollection(HashSet::new));
        var heardSince = now.minus(properties.riderStaleAfter());
        var radii = properties.searchRadiiMetres();
        for (int step = 0; step < radii.size(); step++) {
            int limit = properties.candidatesPerRadius() << step;
            var nearby = positions.near(delivery.pickup(), radii.get(step), limit).stream()
                    .filter(rider -> !rider.lastSeen().isBefore(heardSince))
                    .filter(rider -> !asked.contains(rider.riderId()))
                    .toList();
            if (nearby.isEmpty()) {
                continue;
            }
            var candidates = candidates(delivery, nearby, now);
            while (!candidates.isEmpty()) {
                var best = scoring.best(candidates, delivery.pickup(), delivery.readyAt(), now)
                        .orElseThrow();
                var rider = best.candidate().riderId();
                var position = nearby.stream()
                        .filter(near -> near.riderId().equals(rider))
                        .findFirst()
                        .orElseThrow();
                if (offerTo(delivery, rider, (int) Math.round(position.distanceMetres()), now)) {
                    return true;
                }
                candidates = candidates.stream()
                        .filter(candidate -> !candidate.riderId().equals(rider))
                        .toList();
            }
            nearby.forEach(near -> asked.add(near.riderId()));
        }
        return false;
    }

    private List<DispatchScoring.Candidate> candidates(
            Delivery delivery, List<RiderPositions.Nearby> nearby, Instant now) {
        var ids = nearby.stream().map(RiderPositions.Nearby::riderId).toList();
        Map<UUID, Rider> profiles =
                riders.findAllById(ids).stream().collect(Collectors.toMap(Rider::id, Function.identity()));
        Set<UUID> busyWithOffer = new HashSet<>(offers.ridersWithPendingOffers(ids));
        Map<UUID, List<Delivery>> carried = deliveries.findByRiderIdInAndStatusIn(ids, DeliveryStatus.ACTIVE).stream()
                .collect(Collectors.groupingBy(Delivery::riderId));
        var candidates = new ArrayList<DispatchScoring.Candidate>();
        for (var near : nearby) {
            var rider = profiles.get(near.riderId());
            if (rider == null || !rider.takesOffers() || busyWithOffer.contains(rider.id())) {
                continue;
            }
            var load = carried.getOrDefault(rider.id(), List.of());
            if (load.size() >= rider.capacity() || !batches(delivery, load)) {
                continue;
            }
            candidates.add(new DispatchScoring.Candidate(
                    rider.id(),
                    near.point(),
                    properties.vehicle(rider.vehicle()).speedMps(),
                    rider.idleSince(now),
                    rider.ratingAverage(),
                    load.size()));
        }
        return candidates;
    }

    private boolean batches(Delivery delivery, List<Delivery> load) {
        var carried = load.stream()
                .map(d -> new Batching.Carried(d.restaurantId(), d.status(), d.readyAt(), d.dropOff()))
                .toList();
        return batching.fits(
                carried, delivery.restaurantId(), delivery.pickup(), delivery.readyAt(), delivery.dropOff());
    }

    /** Offers the delivery to the rider, unless someone else offered them something meanwhile. */
    private boolean offerTo(Delivery delivery, UUID riderId, int distanceMetres, Instant now) {
        Optional<Rider> rider = riders.findForUpdate(riderId);
        if (rider.isEmpty()
                || !rider.get().takesOffers()
                || offers.findByRiderIdAndStatus(riderId, OfferStatus.PENDING).isPresent()) {
            return false;
        }
        var offer = offers.save(
                new Offer(delivery.id(), riderId, now, now.plus(properties.offerTimeout()), distanceMetres));
        events.publishEvent(delivery.offer(offer, now));
        deadlines.schedule(OFFER_EXPIRY, offer.id().toString(), offer.expiresAt());
        return true;
    }
}
