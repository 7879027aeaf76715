package dev.platter.delivery.dispatch;

import dev.platter.delivery.config.DeliveryProperties;
import dev.platter.delivery.rider.RiderNotFound;
import dev.platter.delivery.rider.RiderRepository;
import dev.platter.platform.events.Money;
import dev.platter.platform.web.page.PageResponse;
import dev.platter.platform.web.page.Paging;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What riders and ops read: offers, deliveries, earnings. A rider reads only their own (someone else's is 404). */
@Service
@Transactional(readOnly = true)
class DeliveryQueries {

    static final int MAX_EARNINGS_DAYS = 31;

    private final DeliveryRepository deliveries;
    private final OfferRepository offers;
    private final RiderRepository riders;
    private final DeliveryProperties properties;
    private final Clock clock;

    DeliveryQueries(
            DeliveryRepository deliveries,
            OfferRepository offers,
            RiderRepository riders,
            DeliveryProperties properties,
            Clock clock) {
        this.deliveries = deliveries;
        this.offers = offers;
        this.riders = riders;
        this.properties = properties;
        this.clock = clock;
    }

    Optional<OfferView> currentOffer(UUID riderId) {
        return offers.findByRiderIdAndStatus(riderId, OfferStatus.PENDING)
                .map(offer -> OfferView.of(
                        offer, deliveries.findById(offer.deliveryId()).orElseThrow()));
    }

    List<RiderDeliveryView> active(UUID riderId) {
        return deliveries.findByRiderIdAndStatusIn(riderId, DeliveryStatus.ACTIVE).stream()
                .map(RiderDeliveryView::of)
                .toList();
    }

    PageResponse<RiderDeliveryView> delivered(UUID riderId, int page, int size) {
        return Paging.response(
                deliveries.findByRiderIdAndStatusOrderByDeliveredAtDesc(
                        riderId, DeliveryStatus.DELIVERED, PageRequest.of(page, size)),
                RiderDeliveryView::of);
    }

    RiderDeliveryView ridersDelivery(UUID riderId, UUID deliveryId) {
        return deliveries
                .findById(deliveryId)
                .filter(delivery -> riderId.equals(delivery.riderId()))
                .map(RiderDeliveryView::of)
                .orElseThrow(() -> new DeliveryNotFound(deliveryId));
    }

    AdminDeliveryView adminView(UUID deliveryId) {
        return deliveries
                .findById(deliveryId)
                .map(delivery -> AdminDeliveryView.of(delivery, offers.findByDeliveryId(deliveryId)))
                .orElseThrow(() -> new DeliveryNotFound(deliveryId));
    }

    PageResponse<AdminDeliveryView> adminList(Set<DeliveryStatus> statuses, int page, int size) {
        var wanted = statuses.isEmpty() ? EnumSet.allOf(DeliveryStatus.class) : statuses;
        return Paging.response(
                deliveries.findByStatusInOrderByCreatedAtDesc(wanted, PageRequest.of(page, size)),
                delivery -> AdminDeliveryView.of(delivery, offers.findByDeliveryId(delivery.id())));
    }

    /**
     * The rider's deliveries and earnings per UTC day from {@code from} to {@code to}, both included; without them,
     * the seven days up to today.
     */
    EarningsView earnings(UUID riderId, @Nullable LocalDate from, @Nullable LocalDate until) {
        var to = until == null ? LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) : until;
        return earningsBetween(riderId, from == null ? to.minusDays(6) : from, to);
    }

    private EarningsView earningsBetween(UUID riderId, LocalDate from, LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_EARNINGS_DAYS) {
            throw new EarningsRangeTooLong(
                    "Earnings are read for 1 to " + MAX_EARNINGS_DAYS + " days, from a day not after the last");
        }
        riders.findById(riderId).orElseThrow(() -> new RiderNotFound(riderId));
        var currency = properties.earnings().currency();
        var byDay = new TreeMap<LocalDate, List<Delivery>>();
        for (var delivery : deliveries.deliveredBetween(
                riderId,
                from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())) {
            var day = LocalDate.ofInstant(delivery.deliveredAt(), ZoneOffset.UTC);
            byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(delivery);
        }
        var days = new ArrayList<EarningsView.Day>();
        var total = Money.zero(currency);
        int count = 0;
        for (var entry : byDay.entrySet()) {
            long pay = 0;
            long tips = 0;
            int metres = 0;
            for (var delivery : entry.getValue()) {
                pay += delivery.earningMinor() == null ? 0 : delivery.earningMinor();
                tips += delivery.tip().currency().equals(currency)
                        ? delivery.tip().amountMinor()
                        : 0;
                metres += delivery.tripMetres();
            }
            var day = new EarningsView.Day(
                    entry.getKey(),
                    entry.getValue().size(),
                    metres,
                    Money.of(pay, currency),
                    Money.of(tips, currency),
                    Money.of(pay + tips, currency));
            days.add(day);
            total = total.plus(day.total());
            count += day.deliveries();
        }
        return new EarningsView(from, to, days, count, total);
    }
}
